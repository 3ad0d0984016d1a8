// Words residents read: what each kind of offer and centre is called in Polish.
import type { CentreKind, ClubKind, OfferType, ProgrammeKind } from "@/generated/prisma/enums";

export const CENTRE_KIND_LABELS: Record<CentreKind, string> = {
  OPS: "Ośrodek Pomocy Społecznej",
  MOPS: "Miejski Ośrodek Pomocy Społecznej",
  MGOPS: "Miejsko-Gminny Ośrodek Pomocy Społecznej",
  GOPS: "Gminny Ośrodek Pomocy Społecznej",
  BRANCH: "Filia ośrodka pomocy społecznej",
};

export const OFFER_TYPE_HEADINGS: Record<OfferType, string> = {
  CLUB: "Kluby",
  GROUP: "Grupy wsparcia i samopomocowe",
  PROGRAMME: "Programy i projekty",
};

export const CLUB_KIND_LABELS: Record<ClubKind, string> = {
  KIS: "Klub Integracji Społecznej",
  SENIOR_CLUB: "Klub seniora",
  MOTHERS_CLUB: "Klub dla mam z dziećmi",
  VOLUNTEER_CLUB: "Klub wolontariusza",
  YOUTH_CLUB: "Klub młodzieżowy",
  FAMILY_CLUB: "Klub rodziny",
  OTHER: "Klub",
};

export const PROGRAMME_KIND_LABELS: Record<ProgrammeKind, string> = {
  PROGRAMME: "Program",
  SOCIAL_PROJECT: "Projekt socjalny",
  LOCAL_ACTIVITY: "Program Aktywności Lokalnej",
};

export const WEEKDAY_NAMES = ["", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"];

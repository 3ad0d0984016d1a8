// Words staff read when they manage the offer. Residents' words for the same things live in the
// i18n catalogues; audience and joining labels are shared with them, so both sides say the same.
import type { ClubKind, OfferType, ProgrammeKind } from "@/generated/prisma/enums";
import { messages } from "@/features/i18n/messages";

const pl = messages("pl");

export const AUDIENCE_LABELS = pl.audiences;
export const JOIN_MODE_LABELS = pl.joinModes;

export const OFFER_TYPE_LABELS: Record<OfferType, { one: string; many: string; hint: string; newTitle: string; add: string }> = {
  CLUB: {
    one: "Klub",
    many: "Kluby",
    hint: "Np. Klub Integracji Społecznej, Klub Seniora, klub dla mam z dziećmi.",
    newTitle: "Nowy klub",
    add: "Dodaj klub",
  },
  GROUP: {
    one: "Grupa wsparcia lub samopomocowa",
    many: "Grupy wsparcia i samopomocowe",
    hint: "Np. grupa dla osób w kryzysie, grupa AA, grupa rodziców.",
    newTitle: "Nowa grupa wsparcia lub samopomocowa",
    add: "Dodaj grupę",
  },
  PROGRAMME: {
    one: "Program, projekt socjalny lub PAL",
    many: "Programy i projekty",
    hint: "Z celami, grupą docelową, okresem realizacji, partnerami i wskaźnikami.",
    newTitle: "Nowy program, projekt socjalny lub PAL",
    add: "Dodaj program",
  },
};

export const CLUB_KIND_LABELS: Record<ClubKind, string> = {
  KIS: "Klub Integracji Społecznej (KIS)",
  SENIOR_CLUB: "Klub seniora",
  MOTHERS_CLUB: "Klub dla mam z dziećmi",
  VOLUNTEER_CLUB: "Klub wolontariusza",
  YOUTH_CLUB: "Klub młodzieżowy",
  FAMILY_CLUB: "Klub rodziny",
  OTHER: "Inny klub",
};

export const PROGRAMME_KIND_LABELS: Record<ProgrammeKind, string> = {
  PROGRAMME: "Program",
  SOCIAL_PROJECT: "Projekt socjalny",
  LOCAL_ACTIVITY: "Program Aktywności Lokalnej (PAL)",
};

/** Offer types as they appear in addresses: /offers/new?rodzaj=klub. */
export const OFFER_TYPE_SLUGS: Record<OfferType, string> = { CLUB: "klub", GROUP: "grupa", PROGRAMME: "program" };

export function offerTypeFromSlug(slug: string | undefined): OfferType | null {
  const found = Object.entries(OFFER_TYPE_SLUGS).find(([, s]) => s === slug);
  return found ? (found[0] as OfferType) : null;
}

/** What kind of offer it is, in a word or two, for lists. */
export function offerKindLabel(offer: { type: OfferType; clubKind: ClubKind | null; programmeKind: ProgrammeKind | null }) {
  if (offer.type === "CLUB" && offer.clubKind) return CLUB_KIND_LABELS[offer.clubKind];
  if (offer.type === "PROGRAMME" && offer.programmeKind) return PROGRAMME_KIND_LABELS[offer.programmeKind];
  return "Grupa";
}

// Words of the KIS reports. The art. 1 groups keep the statute's wording (from the clients' labels).
import type { LeaveReason, OutcomeKind, SessionKind } from "@/generated/prisma/enums";

export { ELIGIBILITY_LABELS } from "@/features/clients/labels";

export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  EMPLOYMENT: "zatrudnienie",
  SOCIALLY_USEFUL_WORK: "prace społecznie użyteczne",
  PUBLIC_WORKS: "roboty publiczne",
  INTERNSHIP: "staż",
  SOCIAL_COOPERATIVE: "spółdzielnia socjalna",
  EDUCATION: "nauka lub szkolenie",
  NONE: "brak efektu",
};

export const LEAVE_REASON_LABELS: Record<LeaveReason, string> = {
  COMPLETED: "ukończenie zajęć",
  FOUND_WORK: "podjęcie pracy",
  DROPPED_OUT: "rezygnacja",
  MOVED: "przeprowadzka",
  CONTRACT_TERMINATED: "rozwiązanie kontraktu socjalnego",
  OTHER: "inna przyczyna",
};

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  MEETING: "spotkania",
  WORKSHOP: "warsztaty",
  EVENT: "wydarzenia integracyjne",
};

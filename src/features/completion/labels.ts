import type { EnrolmentStatus, LeaveReason, OutcomeKind } from "@/generated/prisma/enums";

/** Why participation ended: neutral wording, for women and men alike. */
export const LEAVE_REASON_LABELS: Record<LeaveReason, string> = {
  COMPLETED: "Ukończenie programu",
  FOUND_WORK: "Podjęcie pracy",
  DROPPED_OUT: "Rezygnacja",
  MOVED: "Przeprowadzka",
  CONTRACT_TERMINATED: "Rozwiązanie kontraktu socjalnego",
  OTHER: "Inny powód",
};

export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  EMPLOYMENT: "Zatrudnienie",
  SOCIALLY_USEFUL_WORK: "Prace społecznie użyteczne",
  PUBLIC_WORKS: "Roboty publiczne",
  INTERNSHIP: "Staż",
  SOCIAL_COOPERATIVE: "Spółdzielnia socjalna",
  EDUCATION: "Nauka lub szkolenie",
  NONE: "Brak efektu zatrudnieniowego",
};

export const PARTICIPANT_STATUS_LABELS: Partial<Record<EnrolmentStatus, string>> = {
  ENROLLED: "uczestniczy",
  COMPLETED: "ukończył(a)",
  LEFT: "odszedł/odeszła",
};

/** Leaving for these reasons completes the programme; the others end participation early. */
export const COMPLETING_REASONS: readonly LeaveReason[] = ["COMPLETED", "FOUND_WORK"];

/** "7/2026" */
export function certificateNumber(e: { certificateNumber: number | null; certificateYear: number | null }): string | null {
  return e.certificateNumber && e.certificateYear ? `${e.certificateNumber}/${e.certificateYear}` : null;
}

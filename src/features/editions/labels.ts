import type { EditionStatus, SessionKind, SessionStatus } from "@/generated/prisma/enums";

export const EDITION_STATUS_LABELS: Record<EditionStatus, string> = {
  PLANNED: "planowana",
  RECRUITING: "rekrutacja",
  RUNNING: "trwa",
  FINISHED: "zakończona",
};

/** What each step means, shown where the coordinator moves the edition on. */
export const EDITION_STATUS_HINTS: Record<EditionStatus, string> = {
  PLANNED: "Edycja jest zaplanowana: ustal cykle, zespół i plan zajęć.",
  RECRUITING: "Trwa rekrutacja: pracownicy socjalni kierują klientów, a koordynator przyjmuje ich na wolne miejsca lub na listę rezerwową.",
  RUNNING: "Zajęcia trwają: sprawdzana jest obecność, uczestnicy mogą dołączać na wolne miejsca i odchodzić z zaświadczeniem.",
  FINISHED: "Edycja jest zakończona: nie przyjmuje się już uczestników ani nie planuje zajęć. Tego kroku nie można cofnąć.",
};

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  MEETING: "spotkanie",
  WORKSHOP: "warsztaty",
  EVENT: "wydarzenie integracyjne",
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  PLANNED: "zaplanowane",
  HELD: "odbyte",
  CANCELLED: "odwołane",
};

/** The steps of an edition, in order; it moves forward one at a time. */
export const EDITION_STEPS = ["PLANNED", "RECRUITING", "RUNNING", "FINISHED"] as const satisfies readonly EditionStatus[];

/** Bases of employment of the team, as the yearly report to the voivode counts them. */
export const EMPLOYMENT_BASES = ["umowa o pracę", "umowa zlecenia", "umowa o dzieło", "wolontariat", "inna"] as const;

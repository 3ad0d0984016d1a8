import type { Sex } from "@/generated/prisma/enums";

export const SEX_VALUES = ["FEMALE", "MALE"] as const satisfies readonly Sex[];
export const SEX_LABELS: Record<Sex, string> = { FEMALE: "Kobieta", MALE: "Mężczyzna" };

/** Days before its end from which an agreement counts as expiring soon. */
export const EXPIRY_WINDOW_DAYS = 30;

export const FLAG_LABELS = {
  minorWithoutConsent: "Niepełnoletni bez zgody opiekuna",
  checksMissing: "Bez sprawdzeń do pracy z dziećmi",
  agreementExpiring: "Porozumienie wkrótce wygasa",
  agreementExpired: "Porozumienie wygasło",
} as const;

export type VolunteerFlag = keyof typeof FLAG_LABELS;

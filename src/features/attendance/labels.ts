import type { AttendanceStatus } from "@/generated/prisma/enums";

export const ATTENDANCE_STATUSES = ["PRESENT", "EXCUSED", "ABSENT"] as const satisfies readonly AttendanceStatus[];

/** The register's choices, as centres write them on paper lists. */
export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "Obecny/a",
  EXCUSED: "Usprawiedliwiony/a",
  ABSENT: "Nieobecny/a",
};

/** One letter per mark in the monthly table (with a legend under it). */
export const ATTENDANCE_SHORT: Record<AttendanceStatus, string> = { PRESENT: "O", EXCUSED: "U", ABSENT: "N" };

export const SESSION_KIND_LABELS: Record<"MEETING" | "WORKSHOP" | "EVENT", string> = {
  MEETING: "Spotkanie",
  WORKSHOP: "Zajęcia",
  EVENT: "Wydarzenie integracyjne",
};

/** "80% (12 z 15 obecnych)" or a dash before anything is marked. */
export function rateText(rate: number | null, t: { present: number; marked: number } | null | undefined): string {
  return rate === null || !t ? "—" : `${rate}% (${t.present} z ${t.marked})`;
}

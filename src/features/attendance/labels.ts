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

// The edition's summary: places, decisions waiting, attendance month by month and outcomes. Three
// grouped queries; nothing about any one person.
import type { EnrolmentStatus, OutcomeKind } from "@/generated/prisma/enums";
import { assertMay } from "@/server/tenant";
import { getEdition } from "@/features/editions/data";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { kisReportsPolicy } from "./policy";

export type MonthAttendance = { month: string; sessions: number; present: number; excused: number; absent: number; rate: number | null };

const STATUSES = ["REFERRED", "WAITLISTED", "DECLINED", "ENROLLED", "COMPLETED", "LEFT"] as const satisfies readonly EnrolmentStatus[];

/** The dashboard of one edition of this centre; null when it is not this centre's. */
export async function editionDashboard(centre: AuthorisedCentre, editionId: string) {
  assertMay(centre, kisReportsPolicy.dashboard);
  const edition = await getEdition(centre, editionId);
  if (!edition) return null;
  const [statusRows, monthRows, outcomeRows] = await Promise.all([
    db.enrolment.groupBy({ by: ["status"], where: { centreId: centre.id, editionId }, _count: { _all: true } }),
    db.$queryRaw<Omit<MonthAttendance, "rate">[]>`
      SELECT to_char(s."startsAt" AT TIME ZONE ${centre.timeZone}, 'YYYY-MM') AS month,
        count(DISTINCT s."id")::int AS sessions,
        (count(*) FILTER (WHERE a."status" = 'PRESENT'))::int AS present,
        (count(*) FILTER (WHERE a."status" = 'EXCUSED'))::int AS excused,
        (count(*) FILTER (WHERE a."status" = 'ABSENT'))::int AS absent
      FROM "Attendance" a
      JOIN "Session" s ON s."centreId" = a."centreId" AND s."id" = a."sessionId"
      WHERE a."centreId" = ${centre.id}::uuid AND s."editionId" = ${editionId}::uuid
      GROUP BY 1 ORDER BY 1`,
    db.outcome.groupBy({ by: ["kind"], where: { centreId: centre.id, enrolment: { centreId: centre.id, editionId } }, _count: { _all: true } }),
  ]);
  const statuses = Object.fromEntries(STATUSES.map((s) => [s, statusRows.find((r) => r.status === s)?._count._all ?? 0])) as Record<EnrolmentStatus, number>;
  return {
    places: { capacity: edition.capacity, taken: statuses.ENROLLED },
    statuses,
    attendance: monthRows.map((m) => {
      const marked = m.present + m.excused + m.absent;
      return { ...m, rate: marked > 0 ? Math.round((100 * m.present) / marked) : null };
    }),
    outcomes: outcomeRows.map((r) => ({ kind: r.kind as OutcomeKind, n: r._count._all })),
  };
}

export type EditionDashboard = NonNullable<Awaited<ReturnType<typeof editionDashboard>>>;

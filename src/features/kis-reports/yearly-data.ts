// The yearly report of a centre's KIS (art. 18a ust. 6 of the ustawa o zatrudnieniu socjalnym) and the
// ministry's KIS statistics, counted in the database from the records: a handful of grouped queries,
// never one per person or per session. The art. 1 groups leave the database only as counts.
import type { EligibilityGroup, LeaveReason, OutcomeKind, Sex, SessionKind } from "@/generated/prisma/enums";
import { assertMay } from "@/server/tenant";
import { db } from "@/server/db";
import { localDate } from "@/server/time";
import type { AuthorisedCentre } from "@/server/tenant";
import { kisReportsPolicy } from "./policy";
import { yearBounds, type YearBounds } from "./year";

export type Measure = "participated" | "started" | "finished";
/** Distinct people per measure and sex; `group` null with `allGroups` = everyone, null alone = no group recorded. */
export type PeopleCount = { measure: Measure; sex: Sex | null; group: EligibilityGroup | null; allGroups: boolean; n: number };
export type StaffRow = { function: string; basis: string | null; fte: number | null; persons: number };
export type OutcomeRow = { kind: OutcomeKind; outcomes: number; persons: number };
export type ActivityRow = { kind: SessionKind; topic: string | null; sessions: number; hours: number; present: number };

export type YearlyReport = {
  year: number;
  centreName: string;
  staff: StaffRow[];
  people: PeopleCount[];
  leaveReasons: { reason: LeaveReason | null; n: number }[];
  outcomes: OutcomeRow[];
  /** Distinct people with any outcome but "none", and with employment. */
  withEffect: number;
  employed: number;
  activities: ActivityRow[];
  volunteers: { sex: Sex | null; n: number }[];
};

/**
 * A KIS participant's enrolments that count: accepted into an edition, with an individual period.
 * A participation that only starts after `today` (the current year's future) has not started yet.
 */
function people(c: string, y: YearBounds, today: string) {
  return db.$queryRaw<{ measure: Measure; sex: Sex | null; grp: EligibilityGroup | null; rolled: number; n: number }[]>`
    WITH e AS (
      SELECT "participantId", "periodStart", COALESCE("leftOn", "periodEnd") AS "until", "status", "leftOn"
      FROM "Enrolment"
      WHERE "centreId" = ${c}::uuid AND "editionId" IS NOT NULL AND "periodStart" IS NOT NULL
        AND "status" IN ('ENROLLED', 'COMPLETED', 'LEFT')
    ), m AS (
      SELECT DISTINCT 'participated' AS measure, "participantId" FROM e
        WHERE "periodStart" <= LEAST(${y.to}::date, ${today}::date) AND ("until" IS NULL OR "until" >= ${y.from}::date)
      UNION ALL
      SELECT DISTINCT 'started', "participantId" FROM e WHERE "periodStart" BETWEEN ${y.from}::date AND LEAST(${y.to}::date, ${today}::date)
      UNION ALL
      SELECT DISTINCT 'finished', "participantId" FROM e
        WHERE "status" IN ('COMPLETED', 'LEFT') AND "leftOn" BETWEEN ${y.from}::date AND ${y.to}::date
    )
    SELECT m.measure, p."sex"::text AS sex, g.grp::text AS grp, GROUPING(g.grp)::int AS rolled,
      count(DISTINCT m."participantId")::int AS n
    FROM m
    JOIN "Participant" p ON p."centreId" = ${c}::uuid AND p."id" = m."participantId"
    LEFT JOIN "ParticipantSensitive" s ON s."centreId" = ${c}::uuid AND s."participantId" = m."participantId"
    LEFT JOIN LATERAL unnest(s."groups") AS g(grp) ON true
    GROUP BY GROUPING SETS ((m.measure, p."sex"), (m.measure, p."sex", g.grp))`;
}

/** The team of the editions running in the year, each person once (by account, else by name). */
function staff(c: string, y: YearBounds) {
  return db.$queryRaw<{ function: string; basis: string | null; fte: number | null; persons: number }[]>`
    WITH t AS (
      SELECT DISTINCT ON (COALESCE(t."userId"::text, lower(t."name"))) t."function", t."basis", t."fte"
      FROM "KisTeamMember" t
      JOIN "KisEdition" e ON e."centreId" = t."centreId" AND e."id" = t."editionId"
      WHERE t."centreId" = ${c}::uuid AND e."startsOn" <= ${y.to}::date AND e."endsOn" >= ${y.from}::date
      ORDER BY COALESCE(t."userId"::text, lower(t."name")), e."startsOn" DESC
    )
    SELECT "function", "basis", "fte"::float AS fte, count(*)::int AS persons
    FROM t GROUP BY "function", "basis", "fte" ORDER BY "function", "basis", "fte"`;
}

/** Outcomes dated in the year, by kind; the row with kind null is the total, with distinct people. */
function outcomes(c: string, y: YearBounds) {
  return db.$queryRaw<{ kind: OutcomeKind | null; outcomes: number; persons: number; withEffect: number; employed: number }[]>`
    SELECT o."kind"::text AS kind, count(*)::int AS outcomes, count(DISTINCT en."participantId")::int AS persons,
      (count(DISTINCT en."participantId") FILTER (WHERE o."kind" <> 'NONE'))::int AS "withEffect",
      (count(DISTINCT en."participantId") FILTER (WHERE o."kind" = 'EMPLOYMENT'))::int AS employed
    FROM "Outcome" o
    JOIN "Enrolment" en ON en."centreId" = o."centreId" AND en."id" = o."enrolmentId"
    WHERE o."centreId" = ${c}::uuid AND en."editionId" IS NOT NULL
      AND o."achievedOn" BETWEEN ${y.from}::date AND ${y.to}::date
    GROUP BY GROUPING SETS ((o."kind"), ())`;
}

/** KIS sessions held in the year (not cancelled, already begun), by kind and topic, with attendance. */
function activities(c: string, y: YearBounds, now: Date) {
  return db.$queryRaw<ActivityRow[]>`
    WITH s AS (
      SELECT "id", "kind", "topic", "startsAt", "endsAt" FROM "Session"
      WHERE "centreId" = ${c}::uuid AND "editionId" IS NOT NULL AND "status" <> 'CANCELLED'
        AND "startsAt" >= ${y.start} AND "startsAt" < ${y.end} AND "startsAt" < ${now}
    ), a AS (
      SELECT "sessionId", count(*) FILTER (WHERE "status" = 'PRESENT') AS present
      FROM "Attendance" WHERE "centreId" = ${c}::uuid AND "sessionId" IN (SELECT "id" FROM s)
      GROUP BY "sessionId"
    )
    SELECT s."kind"::text AS kind, s."topic", count(*)::int AS sessions,
      round(sum(extract(epoch FROM s."endsAt" - s."startsAt")) / 3600.0, 1)::float AS hours,
      COALESCE(sum(a.present), 0)::int AS present
    FROM s LEFT JOIN a ON a."sessionId" = s."id"
    GROUP BY s."kind", s."topic" ORDER BY s."kind", count(*) DESC, s."topic"`;
}

/** Volunteers who worked in the KIS in the year: approved for a KIS session's task, or hours logged on one. */
function volunteers(c: string, y: YearBounds) {
  return db.$queryRaw<{ sex: Sex | null; n: number }[]>`
    SELECT v."sex"::text AS sex, count(*)::int AS n FROM "Volunteer" v
    WHERE v."centreId" = ${c}::uuid AND (
      EXISTS (
        SELECT 1 FROM "Assignment" a
        JOIN "VolunteerTask" t ON t."centreId" = a."centreId" AND t."id" = a."taskId"
        JOIN "Session" s ON s."centreId" = t."centreId" AND s."id" = t."sessionId"
        WHERE a."centreId" = ${c}::uuid AND a."volunteerId" = v."id" AND a."status" = 'APPROVED'
          AND s."editionId" IS NOT NULL AND s."status" <> 'CANCELLED' AND s."startsAt" >= ${y.start} AND s."startsAt" < ${y.end})
      OR EXISTS (
        SELECT 1 FROM "VolunteerHours" h
        JOIN "VolunteerTask" t ON t."centreId" = h."centreId" AND t."id" = h."taskId"
        JOIN "Session" s ON s."centreId" = t."centreId" AND s."id" = t."sessionId"
        WHERE h."centreId" = ${c}::uuid AND h."volunteerId" = v."id" AND h."status" <> 'REJECTED'
          AND s."editionId" IS NOT NULL AND h."workedOn" BETWEEN ${y.from}::date AND ${y.to}::date))
    GROUP BY v."sex"`;
}

/** The whole report for one year of this centre. `now` limits the sessions and participations to those already begun. */
export async function yearlyReport(centre: AuthorisedCentre, year: number, now = new Date()): Promise<YearlyReport> {
  assertMay(centre, kisReportsPolicy.report);
  const y = yearBounds(year);
  const c = centre.id;
  const [peopleRows, staffRows, outcomeRows, activityRows, volunteerRows, leaveRows] = await Promise.all([
    people(c, y, localDate(now, centre.timeZone)),
    staff(c, y),
    outcomes(c, y),
    activities(c, y, now),
    volunteers(c, y),
    db.enrolment.groupBy({
      by: ["leaveReason"],
      where: {
        centreId: c,
        editionId: { not: null },
        status: { in: ["COMPLETED", "LEFT"] },
        leftOn: { gte: new Date(`${y.from}T00:00:00Z`), lte: new Date(`${y.to}T00:00:00Z`) },
      },
      _count: { _all: true },
    }),
  ]);
  const total = outcomeRows.find((r) => r.kind === null);
  return {
    year,
    centreName: centre.name,
    staff: staffRows,
    people: peopleRows.map((r) => ({ measure: r.measure, sex: r.sex, group: r.grp, allGroups: r.rolled === 1, n: r.n })),
    leaveReasons: leaveRows.map((r) => ({ reason: r.leaveReason, n: r._count._all })),
    outcomes: outcomeRows.flatMap(({ kind, outcomes, persons }) => (kind ? [{ kind, outcomes, persons }] : [])),
    withEffect: total?.withEffect ?? 0,
    employed: total?.employed ?? 0,
    activities: activityRows,
    volunteers: volunteerRows,
  };
}

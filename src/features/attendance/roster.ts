// Who belongs on a session's register: everyone enrolled in the edition (or since completed or
// left) whose individual period (art. 18 ust. 5) covers the session's local date. Used by the page
// that shows the register and by the action that saves it, so both agree on the list.
import type { EnrolmentStatus } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";

import { dbDate, fromDbDate } from "@/server/time";

export const ON_REGISTER: readonly EnrolmentStatus[] = ["ENROLLED", "COMPLETED", "LEFT"];

export type RosterEntry = { participantId: string; firstName: string; lastName: string; from: string; to: string };

/** The last day of a person's participation: the end of their period, or the day they left if earlier. */
function lastDay(e: { periodEnd: Date | null; leftOn: Date | null }, fallback: string): string {
  const end = e.periodEnd ? fromDbDate(e.periodEnd) : fallback;
  const left = e.leftOn ? fromDbDate(e.leftOn) : null;
  return left && left < end ? left : end;
}

/**
 * Participants whose period overlaps [from, to] (local dates, inclusive), sorted by surname and name
 * (Polish collation is the database's); one entry per person even with two enrolments.
 */
export async function rosterBetween(client: Tx | Db, centre: AuthorisedCentre, editionId: string, from: string, to: string): Promise<RosterEntry[]> {
  const rows = await client.enrolment.findMany({
    where: {
      centreId: centre.id,
      editionId,
      status: { in: [...ON_REGISTER] },
      periodStart: { not: null, lte: dbDate(to) },
      OR: [{ periodEnd: null }, { periodEnd: { gte: dbDate(from) } }],
    },
    orderBy: [{ participant: { lastName: "asc" } }, { participant: { firstName: "asc" } }],
    select: { periodStart: true, periodEnd: true, leftOn: true, participant: { select: { id: true, firstName: true, lastName: true } } },
  });
  const out = new Map<string, RosterEntry>();
  for (const r of rows) {
    const entry = {
      participantId: r.participant.id,
      firstName: r.participant.firstName,
      lastName: r.participant.lastName,
      from: fromDbDate(r.periodStart!),
      to: lastDay(r, to),
    };
    if (entry.to < from) continue;
    const seen = out.get(entry.participantId);
    if (!seen) out.set(entry.participantId, entry);
    else out.set(entry.participantId, { ...seen, from: seen.from < entry.from ? seen.from : entry.from, to: seen.to > entry.to ? seen.to : entry.to });
  }
  return [...out.values()];
}

/** The register of one day. */
export async function rosterOn(client: Tx | Db, centre: AuthorisedCentre, editionId: string, day: string): Promise<RosterEntry[]> {
  return (await rosterBetween(client, centre, editionId, day, day)).filter((r) => r.from <= day && r.to >= day);
}

/** Whether a person's participation covers a day (for the monthly table). */
export const covers = (r: RosterEntry, day: string) => r.from <= day && r.to >= day;

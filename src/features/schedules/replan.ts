// When a schedule's rule changes or it is archived, its future sessions that nobody has touched are
// brought in line with it; everything else stays. A session with attendance or volunteer tasks must
// never be deleted, and one a person cancelled, moved or gave a topic keeps that decision. Past
// sessions are the record of what happened and are never touched.
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { materialiseSchedules, sessionRows, type SchedulePlan, type Window } from "./materialise";

/** Future sessions the schedule generated and nobody has changed since: the ones a new rule may replace. */
function untouchedFuture(centreId: string, scheduleId: string, now: Date) {
  return {
    centreId,
    scheduleId,
    startsAt: { gte: now },
    status: "PLANNED",
    movedFrom: null,
    topic: null,
    attendance: { none: {} },
    tasks: { none: {} },
  } satisfies Prisma.SessionWhereInput;
}

type Shape = { occurrenceDate: Date | null; startsAt: Date; endsAt: Date; venueId?: string | null; leader?: string | null; editionId?: string | null };

/** Two sessions that would look the same to everyone: same day, times, place, leader and edition. */
const shapeOf = (s: Shape) =>
  [s.occurrenceDate?.toISOString(), s.startsAt.toISOString(), s.endsAt.toISOString(), s.venueId ?? "", s.leader ?? "", s.editionId ?? ""].join("|");

/**
 * Brings the schedule's future sessions in line with `plan` (null: the schedule ends, nothing is
 * generated). Untouched sessions the rule still produces unchanged keep their id (links and
 * residents' calendars stay valid); other untouched ones are deleted; missing ones are created. A
 * kept session still holds its occurrence date, so no second session is made on that day.
 * Returns how many future sessions were kept because someone had touched them, and how many were created.
 */
export async function replanSchedule(tx: Tx, centreId: string, scheduleId: string, plan: SchedulePlan | null, window: Window) {
  const untouched = untouchedFuture(centreId, scheduleId, window.from);
  const wanted = new Set((plan ? sessionRows(plan, window) : []).map((row) => shapeOf(row as Shape)));
  const current = await tx.session.findMany({
    where: untouched,
    select: { id: true, occurrenceDate: true, startsAt: true, endsAt: true, venueId: true, leader: true, editionId: true },
  });
  const stale = current.filter((s) => !wanted.has(shapeOf(s))).map((s) => s.id);
  // The conditions are repeated, so a session that gained attendance meanwhile is not deleted.
  if (stale.length) await tx.session.deleteMany({ where: { ...untouched, id: { in: stale } } });
  const future = await tx.session.count({ where: { centreId, scheduleId, startsAt: { gte: window.from } } });
  const stillUntouched = await tx.session.count({ where: untouched });
  const created = plan ? await materialiseSchedules(tx, [plan], window) : 0;
  return { kept: future - stillUntouched, created };
}

// Keeps every recurring schedule's sessions a full horizon ahead: a system job across centres, not
// an action of any one person. Runs when the server starts and every few hours (src/instrumentation.ts).
import { addDays } from "date-fns";
import { db } from "@/server/db";
import { dbDate, localDate } from "@/server/time";
import { defaultWindow, materialiseSchedules, type SchedulePlan } from "./materialise";

export async function extendScheduleHorizons(now = new Date()): Promise<number> {
  const window = defaultWindow(now);
  // Schedules still running whose sessions end more than a week short of the horizon.
  const due = await db.schedule.findMany({
    where: {
      kind: "RECURRING",
      archivedAt: null,
      offer: { archivedAt: null },
      OR: [{ endsOn: null }, { endsOn: { gte: dbDate(localDate(now)) } }],
      AND: [{ OR: [{ generatedUntil: null }, { generatedUntil: { lt: addDays(window.until, -7) } }] }],
    },
    include: { centre: { select: { timeZone: true } }, cycle: { select: { editionId: true } } },
  });
  const byCentre = new Map<string, SchedulePlan[]>();
  for (const { centre, cycle, ...s } of due) {
    byCentre.set(s.centreId, [...(byCentre.get(s.centreId) ?? []), { ...s, timeZone: centre.timeZone, editionId: cycle?.editionId ?? null }]);
  }
  // One transaction per centre, so one centre's bad schedule does not stop everyone else's.
  let created = 0;
  for (const [centreId, plans] of byCentre) {
    try {
      created += await db.$transaction((tx) => materialiseSchedules(tx, plans, window));
    } catch (error) {
      console.error(`Nie udało się utworzyć spotkań ośrodka ${centreId}:`, error);
    }
  }
  return created;
}

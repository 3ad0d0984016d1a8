// Recurring schedules become concrete sessions over a rolling horizon, because sessions carry
// attendance, cancellations and volunteer tasks. (centreId, scheduleId, occurrenceDate) is unique,
// so materialising twice, or from two requests at once, never makes a duplicate.
import { addDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { dbDate, fromDbDate, localDate } from "@/server/time";
import { occurrencesBetween } from "./recurrence";

export const HORIZON_WEEKS = 12;

export type SchedulePlan = {
  centreId: string;
  id: string;
  offerId: string;
  kind: "RECURRING" | "IRREGULAR";
  rrule: string | null;
  startsOn: Date;
  endsOn: Date | null;
  startTime: string | null;
  endTime: string | null;
  exceptions: Date[];
  venueId: string | null;
  leader: string | null;
  editionId?: string | null;
  timeZone: string;
};

export type Window = { from: Date; until: Date };

export function defaultWindow(now = new Date()): Window {
  return { from: now, until: addDays(now, HORIZON_WEEKS * 7) };
}

/** The sessions a schedule should have in a window, as rows ready for createMany. */
export function sessionRows(schedule: SchedulePlan, window: Window): Prisma.SessionCreateManyInput[] {
  if (schedule.kind !== "RECURRING" || !schedule.rrule || !schedule.startTime || !schedule.endTime) return [];
  const occurrences = occurrencesBetween(
    {
      rrule: schedule.rrule,
      startsOn: fromDbDate(schedule.startsOn),
      endsOn: schedule.endsOn ? fromDbDate(schedule.endsOn) : null,
      startTime: schedule.startTime,
      endTime: schedule.endTime,
      exceptions: schedule.exceptions.map(fromDbDate),
      timeZone: schedule.timeZone,
    },
    window.from,
    window.until,
  );
  return occurrences.map((o) => ({
    centreId: schedule.centreId,
    offerId: schedule.offerId,
    scheduleId: schedule.id,
    editionId: schedule.editionId ?? null,
    // A KIS edition's regular days are workshops; other clubs' and groups' are meetings.
    kind: schedule.editionId ? "WORKSHOP" : "MEETING",
    occurrenceDate: dbDate(o.date),
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    venueId: schedule.venueId,
    leader: schedule.leader,
  }));
}

/** Creates the missing sessions of these schedules in the window and records how far they reach. */
export async function materialiseSchedules(tx: Tx, schedules: SchedulePlan[], window: Window = defaultWindow()): Promise<number> {
  const recurring = schedules.filter((s) => s.kind === "RECURRING");
  if (recurring.length === 0) return 0;
  const { count } = await tx.session.createMany({ data: recurring.flatMap((s) => sessionRows(s, window)), skipDuplicates: true });
  // One horizon date per time zone (in practice one: Europe/Warsaw).
  const byZone = new Map<string, SchedulePlan[]>();
  for (const s of recurring) byZone.set(s.timeZone, [...(byZone.get(s.timeZone) ?? []), s]);
  for (const [zone, group] of byZone) {
    await tx.schedule.updateMany({
      where: { OR: group.map((s) => ({ centreId: s.centreId, id: s.id })) },
      data: { generatedUntil: dbDate(localDate(window.until, zone)) },
    });
  }
  return count;
}

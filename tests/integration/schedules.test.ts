import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { dbDate } from "@/server/time";
import { materialiseSchedules } from "@/features/schedules/materialise";
import { extendScheduleHorizons } from "@/features/schedules/horizon";
import { makeCentre } from "../factories";

async function weeklySchedule() {
  const centre = await makeCentre();
  const offer = await db.offer.create({ data: { centreId: centre.id, type: "GROUP", slug: "grupa-wsparcia", name: "Grupa wsparcia" } });
  const schedule = await db.schedule.create({
    data: {
      centreId: centre.id,
      offerId: offer.id,
      kind: "RECURRING",
      rrule: "FREQ=WEEKLY;BYDAY=MO",
      startsOn: dbDate("2026-01-05"),
      startTime: "16:30",
      endTime: "18:00",
    },
  });
  return { centre, schedule: { ...schedule, timeZone: "Europe/Warsaw" } };
}

describe("materialising schedules into sessions", () => {
  it("creates the sessions of a window once, however often or concurrently it runs", async () => {
    const { centre, schedule } = await weeklySchedule();
    const window = { from: new Date("2026-01-01T00:00Z"), until: new Date("2026-03-01T00:00Z") };
    const runs = await Promise.all([1, 2, 3].map(() => db.$transaction((tx) => materialiseSchedules(tx, [schedule], window))));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(8);
    expect(await db.session.count({ where: { centreId: centre.id } })).toBe(8);
    expect(await db.$transaction((tx) => materialiseSchedules(tx, [schedule], window))).toBe(0);
    const updated = await db.schedule.findUniqueOrThrow({ where: { centreId_id: { centreId: centre.id, id: schedule.id } } });
    expect(updated.generatedUntil?.toISOString().slice(0, 10)).toBe("2026-03-01");
  });

  it("rolls the horizon forward for schedules that fall short", async () => {
    const { centre } = await weeklySchedule();
    const now = new Date("2026-06-01T10:00Z");
    await extendScheduleHorizons(now);
    const sessions = await db.session.findMany({ where: { centreId: centre.id }, orderBy: { startsAt: "asc" } });
    expect(sessions.length).toBe(12);
    expect(sessions[0].startsAt.toISOString()).toBe("2026-06-01T14:30:00.000Z");
    await extendScheduleHorizons(now);
    expect(await db.session.count({ where: { centreId: centre.id } })).toBe(12);
  });
});

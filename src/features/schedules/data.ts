// Reads of sessions for staff screens. Every query is scoped by the authorised centre.
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { weekRange } from "@/server/time";

export type WeekSession = Awaited<ReturnType<typeof sessionsOfWeek>>["sessions"][number];

/** What is on at the centre in the week containing `day` (Monday to Sunday, Warsaw time). */
export async function sessionsOfWeek(centre: AuthorisedCentre, day: Date, offset = 0) {
  const week = weekRange(day, offset, centre.timeZone);
  const sessions = await db.session.findMany({
    where: { centreId: centre.id, startsAt: { gte: week.start, lt: week.end } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      cancelReason: true,
      topic: true,
      leader: true,
      kind: true,
      offer: { select: { name: true, type: true, clubKind: true, slug: true } },
      venue: { select: { name: true, street: true, city: true } },
    },
  });
  return { ...week, sessions };
}

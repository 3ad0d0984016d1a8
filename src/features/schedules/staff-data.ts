// Reads of an offer's schedules and sessions for staff screens. Every query is scoped by the
// authorised centre and by the offer in the URL; an id of another centre or offer finds nothing.
import { addWeeks } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { venueChoices } from "@/features/venues/data";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { localDate, zonedInstant } from "@/server/time";
import { isId } from "@/server/validation";

/** How far ahead the offer page lists sessions. */
export const UPCOMING_WEEKS = 8;

const venueSelect = { select: { id: true, name: true, street: true, archivedAt: true } } satisfies Prisma.VenueDefaultArgs;

/** The offer the schedule pages belong to; null for an unknown id or another centre's offer. */
export async function getScheduledOffer(centre: AuthorisedCentre, offerId: string) {
  if (!isId(offerId)) return null;
  return db.offer.findUnique({
    where: { centreId_id: { centreId: centre.id, id: offerId } },
    select: { id: true, name: true, archivedAt: true, defaultVenueId: true },
  });
}

/** The offer's schedules in force (not archived), earliest first. */
export async function listOfferSchedules(centre: AuthorisedCentre, offerId: string) {
  if (!isId(offerId)) return [];
  return db.schedule.findMany({
    where: { centreId: centre.id, offerId, archivedAt: null },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      rrule: true,
      startsOn: true,
      endsOn: true,
      startTime: true,
      endTime: true,
      exceptions: true,
      note: true,
      leader: true,
      venue: venueSelect,
    },
  });
}

const sessionSelect = {
  id: true,
  scheduleId: true,
  startsAt: true,
  endsAt: true,
  status: true,
  cancelReason: true,
  movedFrom: true,
  topic: true,
  leader: true,
  venueId: true,
  venue: venueSelect,
} satisfies Prisma.SessionSelect;

export type StaffSession = Prisma.SessionGetPayload<{ select: typeof sessionSelect }>;

/** The offer's sessions from the start of today (Warsaw) for the next weeks, cancelled ones included. */
export async function upcomingSessions(centre: AuthorisedCentre, offerId: string, now = new Date(), weeks = UPCOMING_WEEKS) {
  if (!isId(offerId)) return [];
  const from = zonedInstant(localDate(now, centre.timeZone), "00:00", centre.timeZone);
  return db.session.findMany({
    where: { centreId: centre.id, offerId, startsAt: { gte: from, lt: addWeeks(from, weeks) } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: sessionSelect,
  });
}

/** One schedule of the offer, archived or not, for its edit page. */
export async function getScheduleForEdit(centre: AuthorisedCentre, offerId: string, scheduleId: string) {
  if (!isId(offerId) || !isId(scheduleId)) return null;
  return db.schedule.findFirst({
    where: { centreId: centre.id, offerId, id: scheduleId },
    select: {
      id: true,
      kind: true,
      rrule: true,
      startsOn: true,
      endsOn: true,
      startTime: true,
      endTime: true,
      exceptions: true,
      note: true,
      leader: true,
      venueId: true,
      archivedAt: true,
    },
  });
}

export type ScheduleForEdit = NonNullable<Awaited<ReturnType<typeof getScheduleForEdit>>>;

/** One session of the offer, with what would be lost if it were handled carelessly. */
export async function getSessionForEdit(centre: AuthorisedCentre, offerId: string, sessionId: string) {
  if (!isId(offerId) || !isId(sessionId)) return null;
  return db.session.findFirst({
    where: { centreId: centre.id, offerId, id: sessionId },
    select: { ...sessionSelect, _count: { select: { attendance: true, tasks: true } } },
  });
}

/** The centre's venues as choices; the one already chosen stays even if it has since been archived. */
export async function venueOptions(centre: AuthorisedCentre, keepId?: string | null) {
  const venues = await venueChoices(centre, keepId);
  return venues.map((v) => ({ value: v.id, label: `${v.name}, ${v.street}${v.archivedAt ? " (zarchiwizowane)" : ""}` }));
}

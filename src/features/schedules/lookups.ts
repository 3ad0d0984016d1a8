// Records named by a form are looked up inside the authorised centre and under the offer in the URL:
// an id of another centre, or of another offer, is simply not found.
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { conflict, invalid, notFound } from "@/server/errors";
import type { SchedulePlan } from "./materialise";

export async function findOffer(tx: Tx, centreId: string, offerId: string) {
  const offer = await tx.offer.findUnique({ where: { centreId_id: { centreId, id: offerId } }, select: { id: true, archivedAt: true } });
  if (!offer) throw notFound("Nie znaleziono oferty.");
  return offer;
}

/** Planning new meetings needs an offer that still runs. */
export async function findRunningOffer(tx: Tx, centreId: string, offerId: string) {
  const offer = await findOffer(tx, centreId, offerId);
  if (offer.archivedAt) throw conflict("Ta oferta jest w archiwum. Przywróć ją, zanim zaplanujesz spotkania.");
  return offer;
}

/**
 * A place chosen in a form: one of this centre's current venues, or none. The place a record already
 * has stays acceptable after its venue was archived, so saving a form does not force a change.
 * `field` names the form's field, for pages with more than one form that chooses a place.
 */
export async function checkVenue(tx: Tx, centreId: string, venueId: string | null | undefined, current?: string | null, field = "venueId") {
  if (!venueId || venueId === current) return;
  const venue = await tx.venue.findFirst({ where: { centreId, id: venueId, archivedAt: null }, select: { id: true } });
  if (!venue) throw invalid("Wybierz miejsce z listy.", field);
}

export const planSelect = {
  centreId: true,
  id: true,
  offerId: true,
  kind: true,
  rrule: true,
  startsOn: true,
  endsOn: true,
  startTime: true,
  endTime: true,
  exceptions: true,
  venueId: true,
  leader: true,
  archivedAt: true,
  cycle: { select: { editionId: true } },
} satisfies Prisma.ScheduleSelect;

type PlanRow = Prisma.ScheduleGetPayload<{ select: typeof planSelect }>;

export function planOf({ cycle, ...schedule }: PlanRow, timeZone: string): SchedulePlan {
  return { ...schedule, timeZone, editionId: cycle?.editionId ?? null };
}

/**
 * The offer's schedule, locked until the transaction ends, so two people saving the same schedule
 * at once queue instead of interleaving their clean-up and generation.
 */
export async function lockSchedule(tx: Tx, centreId: string, offerId: string, scheduleId: string) {
  await tx.$queryRaw`SELECT id FROM "Schedule" WHERE "centreId" = ${centreId}::uuid AND id = ${scheduleId}::uuid FOR UPDATE`;
  const schedule = await tx.schedule.findFirst({ where: { centreId, id: scheduleId, offerId }, select: planSelect });
  if (!schedule) throw notFound("Nie znaleziono harmonogramu.");
  return schedule;
}

export async function findSession(tx: Tx, centreId: string, offerId: string, sessionId: string) {
  const session = await tx.session.findFirst({
    where: { centreId, id: sessionId, offerId },
    select: { id: true, status: true, startsAt: true, endsAt: true, movedFrom: true, venueId: true },
  });
  if (!session) throw notFound("Nie znaleziono spotkania.");
  return session;
}

// Reads of venues for staff screens. Every query is scoped by the authorised centre.
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { isId } from "@/server/validation";

/** The centre's venues in use (or the archived ones), by name (Polish collation). */
export async function listVenues(centre: AuthorisedCentre, { archived = false } = {}) {
  return db.venue.findMany({
    where: { centreId: centre.id, archivedAt: archived ? { not: null } : null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      street: true,
      postalCode: true,
      city: true,
      district: true,
      stepFreeEntrance: true,
      lift: true,
      accessibleToilet: true,
      archivedAt: true,
    },
  });
}

/** One venue of the centre; null for an unknown id or another centre's venue. */
export async function getVenue(centre: AuthorisedCentre, venueId: string) {
  if (!isId(venueId)) return null;
  return db.venue.findUnique({ where: { centreId_id: { centreId: centre.id, id: venueId } } });
}

/**
 * Venues to choose from in an offer's form: those in use, plus the one already chosen even if it
 * has since been archived, so saving the form does not silently change it.
 */
export async function venueChoices(centre: AuthorisedCentre, keepId?: string | null) {
  return db.venue.findMany({
    where: { centreId: centre.id, OR: [{ archivedAt: null }, ...(keepId ? [{ id: keepId }] : [])] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, street: true, archivedAt: true },
  });
}

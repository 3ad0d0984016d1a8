// Ids of other records chosen in an offer's form (its venue, its programme) come from the browser,
// so they are looked up in the centre before use: another centre's id is simply "not found" there.
import type { Tx } from "@/server/db";
import { DomainError, invalid } from "@/server/errors";

/** The venue, if one was chosen: of this centre, and in use unless it was already the offer's. */
export async function checkVenue(tx: Tx, centreId: string, venueId: string | undefined, currentId?: string | null) {
  if (!venueId) return null;
  const venue = await tx.venue.findUnique({ where: { centreId_id: { centreId, id: venueId } }, select: { id: true, archivedAt: true } });
  if (!venue) throw new DomainError("not_found", "Nie znaleziono takiego miejsca w ośrodku. Wybierz miejsce z listy.", "defaultVenueId");
  if (venue.archivedAt && venue.id !== currentId) {
    throw invalid("To miejsce jest zarchiwizowane. Wybierz inne albo najpierw je przywróć.", "defaultVenueId");
  }
  return venue.id;
}

/** The programme a club or group belongs to, if chosen: a programme of this centre. */
export async function checkParent(tx: Tx, centreId: string, parentId: string | undefined, currentId?: string | null) {
  if (!parentId) return null;
  const parent = await tx.offer.findUnique({ where: { centreId_id: { centreId, id: parentId } }, select: { id: true, type: true, archivedAt: true } });
  if (!parent || parent.type !== "PROGRAMME") {
    throw new DomainError("not_found", "Nie znaleziono takiego programu w ośrodku. Wybierz program z listy.", "parentId");
  }
  if (parent.archivedAt && parent.id !== currentId) {
    throw invalid("Ten program jest zarchiwizowany. Wybierz inny albo najpierw go przywróć.", "parentId");
  }
  return parent.id;
}

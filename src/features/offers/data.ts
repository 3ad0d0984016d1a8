// Reads of the offer for staff screens. Every query is scoped by the authorised centre.
import { foldForSearch } from "@/server/search-text";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { isId } from "@/server/validation";

/**
 * The centre's clubs, groups and programmes, in use or archived, by name (Polish collation). Every
 * word of `q` must appear in the name, audience, description, topic, facilitator or target group,
 * whatever the case and diacritics ("lodz" finds "Łódź").
 */
export async function listOffers(centre: AuthorisedCentre, { archived = false, q = "" }: { archived?: boolean; q?: string } = {}) {
  const words = foldForSearch(q).split(" ").filter(Boolean);
  return db.offer.findMany({
    where: { centreId: centre.id, archivedAt: archived ? { not: null } : null, AND: words.map((word) => ({ searchText: { contains: word } })) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      clubKind: true,
      programmeKind: true,
      name: true,
      slug: true,
      isPublic: true,
      archivedAt: true,
      parent: { select: { name: true } },
    },
  });
}

export type OfferListItem = Awaited<ReturnType<typeof listOffers>>[number];

/** Everything staff edit about one offer; null for an unknown id or another centre's offer. */
export async function getOfferForEdit(centre: AuthorisedCentre, offerId: string) {
  if (!isId(offerId)) return null;
  return db.offer.findUnique({
    where: { centreId_id: { centreId: centre.id, id: offerId } },
    include: {
      indicators: { orderBy: [{ name: "asc" }, { id: "asc" }] },
      translations: true,
      parent: { select: { id: true, name: true } },
    },
  });
}

export type OfferForEdit = NonNullable<Awaited<ReturnType<typeof getOfferForEdit>>>;

/** Programmes a club or group can belong to; the one already chosen stays even if archived. */
export async function programmeChoices(centre: AuthorisedCentre, keepId?: string | null) {
  return db.offer.findMany({
    where: { centreId: centre.id, type: "PROGRAMME", OR: [{ archivedAt: null }, ...(keepId ? [{ id: keepId }] : [])] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, archivedAt: true },
  });
}

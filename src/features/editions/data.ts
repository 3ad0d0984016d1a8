// Reads about KIS editions. Every function takes an AuthorisedCentre and scopes by its id.
import { cache } from "react";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";

/** One edition with what every page of it shows in its header; null when not this centre's. */
export const getEdition = cache(async (centre: AuthorisedCentre, editionId: string) => {
  if (!/^[0-9a-f-]{36}$/i.test(editionId)) return null;
  return db.kisEdition.findUnique({
    where: { centreId_id: { centreId: centre.id, id: editionId } },
    select: {
      id: true,
      number: true,
      status: true,
      capacity: true,
      startsOn: true,
      endsOn: true,
      offer: { select: { id: true, name: true, slug: true } },
      cycles: { orderBy: { number: "asc" }, select: { id: true, number: true, startsOn: true, endsOn: true } },
    },
  });
});

export type EditionHeader = NonNullable<Awaited<ReturnType<typeof getEdition>>>;

/** The centre's KIS editions, newest first, with how many places are taken and how many wait. */
export async function listEditions(centre: AuthorisedCentre) {
  const [editions, counts] = await Promise.all([
    db.kisEdition.findMany({
      where: { centreId: centre.id },
      orderBy: [{ startsOn: "desc" }, { number: "desc" }],
      select: {
        id: true,
        number: true,
        status: true,
        capacity: true,
        startsOn: true,
        endsOn: true,
        offer: { select: { name: true } },
        _count: { select: { cycles: true } },
      },
    }),
    // One grouped count for all editions rather than a count per edition.
    db.enrolment.groupBy({
      by: ["editionId", "status"],
      where: { centreId: centre.id, editionId: { not: null }, status: { in: ["ENROLLED", "REFERRED", "WAITLISTED"] } },
      _count: { _all: true },
    }),
  ]);
  const count = (editionId: string, status: string) => counts.find((c) => c.editionId === editionId && c.status === status)?._count._all ?? 0;
  return editions.map((e) => ({
    ...e,
    taken: count(e.id, "ENROLLED"),
    referred: count(e.id, "REFERRED"),
    waitlisted: count(e.id, "WAITLISTED"),
  }));
}

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

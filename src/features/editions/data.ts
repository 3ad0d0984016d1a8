// Reads about KIS editions. Every function takes an AuthorisedCentre, checks the role again (not
// only the page's guard) and scopes by the centre's id.
import { cache } from "react";
import { isId } from "@/server/validation";
import { assertMay } from "@/server/tenant";

import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { editionsPolicy } from "./policy";

/** One edition with what every page of it shows in its header; null when not this centre's. */
export const getEdition = cache(async (centre: AuthorisedCentre, editionId: string) => {
  assertMay(centre, editionsPolicy.view);
  if (!isId(editionId)) return null;
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
  assertMay(centre, editionsPolicy.view);
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

/** The centre's KIS clubs an edition can belong to, each with the number its next edition would get. */
export async function kisClubChoices(centre: AuthorisedCentre) {
  assertMay(centre, editionsPolicy.manage);
  const [clubs, latest] = await Promise.all([
    db.offer.findMany({ where: { centreId: centre.id, clubKind: "KIS", archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.kisEdition.groupBy({ by: ["offerId"], where: { centreId: centre.id }, _max: { number: true } }),
  ]);
  return clubs.map((c) => ({ ...c, nextNumber: (latest.find((l) => l.offerId === c.id)?._max.number ?? 0) + 1 }));
}

/** What the settings page shows: places, the team, and the centre's staff a team member may be. */
export async function editionSettings(centre: AuthorisedCentre, editionId: string) {
  assertMay(centre, editionsPolicy.manage);
  const [counts, team, staff] = await Promise.all([
    db.enrolment.groupBy({
      by: ["status"],
      where: { centreId: centre.id, editionId, status: { in: ["ENROLLED", "WAITLISTED"] } },
      _count: { _all: true },
    }),
    db.kisTeamMember.findMany({
      where: { centreId: centre.id, editionId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, function: true, basis: true, fte: true, membership: { select: { user: { select: { email: true } } } } },
    }),
    db.membership.findMany({
      where: { centreId: centre.id, status: "ACTIVE", role: { not: "VOLUNTEER" } },
      orderBy: { user: { name: "asc" } },
      select: { userId: true, user: { select: { name: true } } },
    }),
  ]);
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  return {
    taken: count("ENROLLED"),
    waitlisted: count("WAITLISTED"),
    team: team.map((t) => ({ ...t, fte: t.fte === null ? null : Number(t.fte), email: t.membership?.user.email ?? null })),
    staff: staff.map((m) => ({ value: m.userId, label: m.user.name })),
  };
}

/** The edition's sessions in order, for the grid: workshops of each cycle and integration events. */
export async function editionSessions(centre: AuthorisedCentre, editionId: string) {
  assertMay(centre, editionsPolicy.view);
  return db.session.findMany({
    where: { centreId: centre.id, editionId },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      topic: true,
      leader: true,
      status: true,
      cancelReason: true,
      schedule: { select: { cycleId: true } },
      venue: { select: { name: true } },
    },
  });
}

export type EditionSession = Awaited<ReturnType<typeof editionSessions>>[number];

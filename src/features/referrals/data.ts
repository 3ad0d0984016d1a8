// Reads about referrals. What coordinators see of a referred client is deliberately small: name,
// contact, and until when the contract runs (the condition of KIS participation), never the
// special-category data nor the contract's contents.
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { editionTitle } from "@/features/editions/edition-name";

/** Where a client can be referred: open KIS editions, and the centre's clubs and groups. */
export async function referralTargets(centre: AuthorisedCentre) {
  const [editions, offers] = await Promise.all([
    db.kisEdition.findMany({
      where: { centreId: centre.id, status: { in: ["PLANNED", "RECRUITING", "RUNNING"] }, offer: { archivedAt: null } },
      orderBy: [{ startsOn: "asc" }],
      select: { id: true, number: true, startsOn: true, endsOn: true, offer: { select: { name: true } } },
    }),
    db.offer.findMany({
      where: { centreId: centre.id, archivedAt: null, type: { in: ["CLUB", "GROUP"] }, NOT: { clubKind: "KIS" } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, joinMode: true },
    }),
  ]);
  return {
    editions: editions.map((e) => ({
      value: `edition:${e.id}`,
      label: editionTitle(e),
      startsOn: e.startsOn,
      endsOn: e.endsOn,
    })),
    offers: offers.map((o) => ({ value: `offer:${o.id}`, label: o.name })),
  };
}

const targetSelect = { offer: { select: { name: true } }, edition: { select: { number: true } } } as const;

export function targetName(e: { offer: { name: string }; edition: { number: number } | null }) {
  return e.edition ? editionTitle({ number: e.edition.number, offer: e.offer }) : e.offer.name;
}

/** The referrals made under one contract (on the contract's page). */
export async function contractReferrals(centre: AuthorisedCentre, contractId: string) {
  return db.enrolment.findMany({
    where: { centreId: centre.id, contractId },
    orderBy: { referredAt: "desc" },
    select: { id: true, status: true, referredAt: true, periodStart: true, declineReason: true, ...targetSelect },
  });
}

/** Referrals waiting for the coordinators, oldest first. */
export async function incomingReferrals(centre: AuthorisedCentre) {
  const rows = await db.enrolment.findMany({
    where: { centreId: centre.id, status: "REFERRED" },
    orderBy: [{ referredAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      editionId: true,
      referredAt: true,
      periodStart: true,
      referralNote: true,
      ...targetSelect,
      participant: { select: { firstName: true, lastName: true, phone: true, email: true } },
      contract: { select: { periodEnd: true } },
      referredById: true,
    },
  });
  // Names of the referring social workers, in one query rather than one per referral.
  const ids = [...new Set(rows.map((r) => r.referredById).filter((id): id is string => Boolean(id)))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map(({ referredById, ...r }) => ({ ...r, referredBy: referredById ? (names.get(referredById) ?? null) : null }));
}

export type IncomingReferral = Awaited<ReturnType<typeof incomingReferrals>>[number];

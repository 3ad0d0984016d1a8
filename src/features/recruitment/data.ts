// What the recruitment page of an edition shows: places, the referrals waiting for a decision and
// the waitlist in its order. Of a referred person only what a decision needs (name, contact, who
// referred, the note, the proposed start, until when the contract runs), never the special-category
// data nor the contract's contents.
import { db } from "@/server/db";
import { assertMay } from "@/server/tenant";

import type { AuthorisedCentre } from "@/server/tenant";
import { localDate } from "@/server/time";
import { contractInForce } from "./places";
import { recruitmentPolicy } from "./policy";

const personSelect = {
  id: true,
  status: true,
  referredAt: true,
  referralNote: true,
  periodStart: true,
  waitlistedAt: true,
  referredById: true,
  participant: { select: { firstName: true, lastName: true, phone: true, email: true } },
  // Whether the contract is in force (who may be accepted), and until when: not its contents.
  contract: { select: { status: true, periodStart: true, periodEnd: true } },
} as const;

export async function recruitmentBoard(centre: AuthorisedCentre, editionId: string) {
  assertMay(centre, recruitmentPolicy.view);
  const [taken, rows] = await Promise.all([
    db.enrolment.count({ where: { centreId: centre.id, editionId, status: "ENROLLED" } }),
    db.enrolment.findMany({
      where: { centreId: centre.id, editionId, status: { in: ["REFERRED", "WAITLISTED"] } },
      orderBy: [{ referredAt: "asc" }, { id: "asc" }],
      select: personSelect,
    }),
  ]);
  // Names of the referring social workers, in one query rather than one per referral.
  const ids = [...new Set(rows.map((r) => r.referredById).filter((id): id is string => Boolean(id)))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  const people = rows.map(({ referredById, ...r }) => ({ ...r, referredBy: referredById ? (names.get(referredById) ?? null) : null }));
  const waitlist = people
    .filter((p) => p.status === "WAITLISTED")
    .sort((a, b) => (a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
  // Who may be accepted: the waitlist goes first, so with someone on it who could be accepted today,
  // only that person may; otherwise any referral (the action checks the same, under the lock).
  const today = localDate(new Date(), centre.timeZone);
  const first = waitlist.find((p) => contractInForce(p.contract, today)) ?? null;
  const mayAccept = (p: (typeof people)[number]) => (first ? p.id === first.id : p.status === "REFERRED");
  return {
    taken,
    referred: people.filter((p) => p.status === "REFERRED").map((p) => ({ ...p, mayAccept: mayAccept(p) })),
    waitlist: waitlist.map((p) => ({ ...p, mayAccept: mayAccept(p) })),
    firstInLine: first ? `${first.participant.firstName} ${first.participant.lastName}` : null,
  };
}

export type RecruitmentBoard = Awaited<ReturnType<typeof recruitmentBoard>>;
export type BoardPerson = RecruitmentBoard["referred"][number];

// Places in a KIS edition. A place is taken by an ENROLLED participant; it frees when they complete
// or leave. Every write that takes or frees places first locks the edition's row (SELECT … FOR
// UPDATE), so decisions on one edition queue one after another: two coordinators accepting at the
// same moment can never both take the last place. Editions do not block each other.
import type { EditionStatus } from "@/generated/prisma/enums";
import type { Db, Tx } from "@/server/db";
import { conflict, notFound } from "@/server/errors";
import { dbDate, fromDbDate } from "@/server/time";

/** Decisions on referrals and the waitlist are made while the edition is not finished. */
export const OPEN_FOR_DECISIONS: readonly EditionStatus[] = ["PLANNED", "RECRUITING", "RUNNING"];

export type LockedEdition = { id: string; capacity: number; status: EditionStatus; startsOn: string; endsOn: string };

/** The edition's row, locked until the transaction ends; not found when it is not this centre's. */
export async function lockEdition(tx: Tx, centreId: string, editionId: string): Promise<LockedEdition> {
  const [row] = await tx.$queryRaw<{ id: string; capacity: number; status: EditionStatus; startsOn: Date; endsOn: Date }[]>`
    SELECT "id", "capacity", "status", "startsOn", "endsOn" FROM "KisEdition"
    WHERE "centreId" = ${centreId}::uuid AND "id" = ${editionId}::uuid
    FOR UPDATE`;
  if (!row) throw notFound("Nie znaleziono tej edycji KIS.");
  return { ...row, startsOn: fromDbDate(row.startsOn), endsOn: fromDbDate(row.endsOn) };
}

/** Refuses decisions once the edition has finished. */
export function requireOpen(edition: LockedEdition) {
  if (!OPEN_FOR_DECISIONS.includes(edition.status)) throw conflict("Ta edycja KIS jest zakończona: nie można już przyjmować uczestników.");
}

export async function placesTaken(tx: Tx, centreId: string, editionId: string): Promise<number> {
  return tx.enrolment.count({ where: { centreId, editionId, status: "ENROLLED" } });
}

/**
 * An individual period (art. 18 ust. 5) inside the edition: from the proposed start (not before the
 * edition, nor before `from`) to the edition's end, or the contract's end when that comes first,
 * because participation rests on the contract.
 */
export function defaultPeriod(edition: LockedEdition, proposedStart: string | null, from: string, contractEnd: string | null): { start: string; end: string } {
  const start = [proposedStart ?? from, from, edition.startsOn].sort().at(-1)!;
  const end = contractEnd && contractEnd < edition.endsOn ? contractEnd : edition.endsOn;
  return { start, end: end < start ? start : end };
}

/** What of a kontrakt socjalny decides whether it is in force. */
export type ContractTerms = { status: string; periodStart: Date; periodEnd: Date };

/**
 * Participation rests on a kontrakt socjalny in force (art. 13 of the social employment act) on
 * `today` (a local date): active, already begun and not yet ended. Someone referred without a
 * contract is not held back by one. The one rule for accepting and for moving up the waitlist.
 */
export function contractInForce(c: ContractTerms | null, today: string): boolean {
  return !c || (c.status === "ACTIVE" && fromDbDate(c.periodStart) <= today && fromDbDate(c.periodEnd) >= today);
}

const waitingSelect = {
  id: true,
  periodStart: true,
  participant: { select: { id: true, firstName: true, lastName: true } },
  contract: { select: { status: true, periodStart: true, periodEnd: true } },
} as const;

/** The waitlist in its order: who was put on it first comes first. */
function waitlistInOrder(client: Tx | Db, centreId: string, editionId: string) {
  return client.enrolment.findMany({
    where: { centreId, editionId, status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    select: waitingSelect,
  });
}

/**
 * The first person on the waitlist who could be accepted today (their contract in force), or null.
 * Nobody may be accepted ahead of them: not someone later on the list, not a new referral.
 */
export async function firstInLine(client: Tx | Db, centreId: string, editionId: string, today: string) {
  const first = (await waitlistInOrder(client, centreId, editionId)).find((w) => contractInForce(w.contract, today));
  return first ? { enrolmentId: first.id, name: `${first.participant.firstName} ${first.participant.lastName}` } : null;
}

/**
 * Gives freed places to the waitlist, in the order people were put on it. Someone whose contract no
 * longer holds on `today` keeps their place in the queue but is passed over. The caller has locked
 * the edition. Returns who moved up, so the coordinator can be told.
 */
export async function promoteFromWaitlist(tx: Tx, centreId: string, edition: LockedEdition, today: string) {
  if (!OPEN_FOR_DECISIONS.includes(edition.status) || today > edition.endsOn) return [];
  let free = edition.capacity - (await placesTaken(tx, centreId, edition.id));
  if (free <= 0) return [];
  const waiting = await waitlistInOrder(tx, centreId, edition.id);
  const promoted: { enrolmentId: string; name: string }[] = [];
  // One update per person moved up (each has their own period); at most as many as places freed.
  for (const w of waiting) {
    if (free === 0) break;
    const c = w.contract;
    if (!contractInForce(c, today)) continue;
    const period = defaultPeriod(edition, w.periodStart ? fromDbDate(w.periodStart) : null, today, c ? fromDbDate(c.periodEnd) : null);
    await tx.enrolment.update({
      where: { centreId_id: { centreId, id: w.id } },
      data: { status: "ENROLLED", decidedAt: new Date(), periodStart: dbDate(period.start), periodEnd: dbDate(period.end) },
    });
    promoted.push({ enrolmentId: w.id, name: `${w.participant.firstName} ${w.participant.lastName}` });
    free -= 1;
  }
  return promoted;
}

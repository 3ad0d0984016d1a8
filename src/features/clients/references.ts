// Records a client's forms point at (the client itself, the assigned social worker) come from the
// browser, so they are looked up in the centre before use: another centre's id is "not found".
import type { Tx } from "@/server/db";
import { DomainError, conflict, invalid, notFound } from "@/server/errors";
import { DUPLICATE_PESEL_MESSAGE } from "./labels";
import { CASEWORKER_ROLES } from "./policy";

/** The client of this centre; another centre's id is not found. */
export async function findParticipant(tx: Tx, centreId: string, participantId: string) {
  const participant = await tx.participant.findUnique({
    where: { centreId_id: { centreId, id: participantId } },
    select: { id: true, version: true, archivedAt: true, socialWorkerId: true },
  });
  if (!participant) throw notFound("Nie znaleziono tego klienta w ośrodku.");
  return participant;
}

/**
 * The social worker chosen for a client: an active social worker or admin of this centre. The one
 * already assigned may stay while they are being replaced, so an unrelated edit is not refused
 * because they have since left; the page asks for someone else.
 */
export async function checkSocialWorker(tx: Tx, centreId: string, userId: string | undefined, currentId?: string | null) {
  if (!userId) return null;
  if (userId === currentId) return userId;
  const member = await tx.membership.findUnique({ where: { centreId_userId: { centreId, userId } }, select: { role: true, status: true } });
  if (!member) throw new DomainError("not_found", "Nie znaleziono takiej osoby w zespole ośrodka. Wybierz pracownika z listy.", "socialWorkerId");
  if (member.status !== "ACTIVE" || !(CASEWORKER_ROLES as readonly string[]).includes(member.role)) {
    throw invalid("Klienta można przydzielić tylko aktywnemu pracownikowi socjalnemu lub administratorowi ośrodka.", "socialWorkerId");
  }
  return userId;
}

/**
 * A PESEL appears once in a centre's records. A lock on (centre, PESEL) makes two saves of the same
 * number queue, so the second sees the first and gets this message rather than a database error.
 */
export async function assertPeselFree(tx: Tx, centreId: string, pesel: string | undefined, exceptId?: string) {
  if (!pesel) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`pesel:${centreId}:${pesel}`}, 0))`;
  const holder = await tx.participant.findUnique({ where: { centreId_pesel: { centreId, pesel } }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw conflict(DUPLICATE_PESEL_MESSAGE, "pesel");
}

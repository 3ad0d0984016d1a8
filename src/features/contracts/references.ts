// Records named by a contract form (the client, the social worker) come from the browser, so they
// are looked up in the centre first: another centre's id is simply "not found" here.
import type { Tx } from "@/server/db";
import { DomainError, invalid } from "@/server/errors";

/**
 * The client's ordinary data a contract needs (name, sex for the wording, address for the PDF).
 * Never ParticipantSensitive: a contract does not need the client's special-category data.
 */
export const CLIENT_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  sex: true,
  street: true,
  postalCode: true,
  city: true,
  socialWorkerId: true,
  archivedAt: true,
} as const;

export async function findClient(tx: Tx, centreId: string, participantId: string) {
  const client = await tx.participant.findUnique({ where: { centreId_id: { centreId, id: participantId } }, select: CLIENT_SELECT });
  if (!client) throw new DomainError("not_found", "Nie znaleziono tego klienta w ośrodku.");
  return client;
}

/** Who may be the contract's social worker: an active social worker or admin of the centre. */
export const SOCIAL_WORKER_ROLES = ["SOCIAL_WORKER", "ADMIN"] as const;

export async function checkSocialWorker(tx: Tx, centreId: string, userId: string) {
  const member = await tx.membership.findUnique({
    where: { centreId_userId: { centreId, userId } },
    select: { userId: true, role: true, status: true },
  });
  if (!member || member.status !== "ACTIVE" || !(SOCIAL_WORKER_ROLES as readonly string[]).includes(member.role)) {
    throw invalid("Wybierz pracownika socjalnego z listy.", "socialWorkerId");
  }
  return member.userId;
}

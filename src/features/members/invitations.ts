// One-time invitation links: 32 random bytes in the URL; only their SHA-256 is stored, so a copy
// of the database cannot be used to accept anyone's invitation.
import { createHash, randomBytes } from "node:crypto";
import { addHours } from "date-fns";
import type { Tx } from "@/server/db";
import type { Role } from "@/server/roles";

export const INVITATION_VALID_HOURS = 72;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The condition of an invitation that can still be accepted. */
export function openInvitation(now = new Date()) {
  return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}

/** Withdraws every open invitation to this address in this centre. */
export async function revokeOpenInvitations(tx: Tx, centreId: string, email: string) {
  await tx.invitation.updateMany({ where: { centreId, email, ...openInvitation() }, data: { revokedAt: new Date() } });
}

/**
 * Creates an invitation and returns its one-time link. Earlier open ones to the same address are
 * revoked; a lock on (centre, address) makes concurrent invitations queue, so one link stays open.
 */
export async function createInvitation(tx: Tx, centreId: string, invite: { email: string; name: string; role: Role }, invitedById: string | null) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`invitation:${centreId}:${invite.email}`}, 0))`;
  await revokeOpenInvitations(tx, centreId, invite.email);
  const token = randomBytes(32).toString("base64url");
  const invitation = await tx.invitation.create({
    data: { centreId, ...invite, tokenHash: hashInvitationToken(token), expiresAt: addHours(new Date(), INVITATION_VALID_HOURS), invitedById },
    select: { id: true, expiresAt: true },
  });
  return { ...invitation, token, path: `/invitation/${token}` };
}

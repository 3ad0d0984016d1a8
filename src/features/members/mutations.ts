// Writes to a centre's team. Each is an action: authorised by membersPolicy, validated, one
// transaction, one audit event (see src/server/action.ts).
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { conflict, notFound } from "@/server/errors";
import { createInvitation, openInvitation, revokeOpenInvitations } from "./invitations";
import { membersPolicy } from "./policy";
import { changeRoleInput, invitationInput, inviteMemberInput, membershipInput } from "./schema";

export const inviteMember = defineAction({
  name: "member.invite",
  allow: membersPolicy.invite,
  input: inviteMemberInput,
  async run({ tx, centre, actor, input }) {
    const member = await tx.membership.findFirst({
      where: { centreId: centre.id, status: "ACTIVE", user: { email: input.email } },
      select: { id: true },
    });
    if (member) throw conflict("Ta osoba już należy do zespołu ośrodka.", "email");
    const invitation = await createInvitation(tx, centre.id, input, actor.userId);
    return {
      data: { path: invitation.path, expiresAt: invitation.expiresAt, email: input.email },
      audit: { recordType: "Invitation", recordId: invitation.id },
      message: "Zaproszenie jest gotowe.",
    };
  },
});

export const revokeInvitation = defineAction({
  name: "member.invitation.revoke",
  allow: membersPolicy.invite,
  input: invitationInput,
  async run({ tx, centre, input }) {
    const { count } = await tx.invitation.updateMany({
      where: { centreId: centre.id, id: input.invitationId, ...openInvitation() },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("Nie znaleziono otwartego zaproszenia.");
    return { data: null, audit: { recordType: "Invitation", recordId: input.invitationId }, message: "Zaproszenie zostało wycofane." };
  },
});

/** The member, and their address: any change to a membership withdraws open invitations to it. */
async function findMember(tx: Tx, centreId: string, membershipId: string) {
  const member = await tx.membership.findUnique({
    where: { centreId_id: { centreId, id: membershipId } },
    select: { id: true, role: true, status: true, userId: true, user: { select: { email: true } } },
  });
  if (!member) throw notFound("Nie znaleziono członka zespołu.");
  await revokeOpenInvitations(tx, centreId, member.user.email);
  return member;
}

/**
 * A centre must keep an active admin. The admins' rows are locked first (always in the same order,
 * so two such transactions queue rather than deadlock), so two admins demoting or deactivating each
 * other at the same moment cannot both succeed.
 */
async function assertAnotherAdminRemains(tx: Tx, centreId: string, leavingMembershipId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership"
    WHERE "centreId" = ${centreId}::uuid AND role = 'ADMIN' AND status = 'ACTIVE'
    ORDER BY id
    FOR UPDATE`;
  if (!admins.some((a) => a.id !== leavingMembershipId)) {
    throw conflict("Ośrodek musi mieć co najmniej jednego aktywnego administratora.");
  }
}

export const changeMemberRole = defineAction({
  name: "member.role.change",
  allow: membersPolicy.changeRole,
  input: changeRoleInput,
  async run({ tx, centre, input }) {
    const member = await findMember(tx, centre.id, input.membershipId);
    if (member.role === "ADMIN" && input.role !== "ADMIN") await assertAnotherAdminRemains(tx, centre.id, member.id);
    // Roles are read from the database on every request, so the change applies at once.
    await tx.membership.update({ where: { centreId_id: { centreId: centre.id, id: member.id } }, data: { role: input.role } });
    return { data: { role: input.role }, audit: { recordType: "Membership", recordId: member.id }, message: "Rola została zmieniona." };
  },
});

export const deactivateMember = defineAction({
  name: "member.deactivate",
  allow: membersPolicy.deactivate,
  input: membershipInput,
  async run({ tx, centre, actor, input }) {
    const member = await findMember(tx, centre.id, input.membershipId);
    if (member.userId === actor.userId) throw conflict("Nie możesz dezaktywować własnego konta.");
    if (member.role === "ADMIN" && member.status === "ACTIVE") await assertAnotherAdminRemains(tx, centre.id, member.id);
    await tx.membership.update({
      where: { centreId_id: { centreId: centre.id, id: member.id } },
      data: { status: "DEACTIVATED", deactivatedAt: new Date() },
    });
    // Every request re-reads the membership, so this centre is closed to them at once. If it was
    // their last centre, their sessions end everywhere; work for another centre is not this admin's
    // to interrupt.
    const elsewhere = await tx.membership.count({ where: { userId: member.userId, status: "ACTIVE" } });
    if (elsewhere === 0) await tx.user.update({ where: { id: member.userId }, data: { sessionVersion: { increment: 1 } } });
    return { data: null, audit: { recordType: "Membership", recordId: member.id }, message: "Konto zostało dezaktywowane, a osoba wylogowana." };
  },
});

export const reactivateMember = defineAction({
  name: "member.reactivate",
  allow: membersPolicy.reactivate,
  input: membershipInput,
  async run({ tx, centre, input }) {
    const member = await findMember(tx, centre.id, input.membershipId);
    await tx.membership.update({
      where: { centreId_id: { centreId: centre.id, id: member.id } },
      data: { status: "ACTIVE", deactivatedAt: null },
    });
    return { data: null, audit: { recordType: "Membership", recordId: member.id }, message: "Konto zostało przywrócone." };
  },
});

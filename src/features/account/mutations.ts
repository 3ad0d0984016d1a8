// Account-level writes. They are not about one centre: the invitation token, or the signed-in
// person themselves, is the authority. They still validate, run in one transaction and write audit
// events (to the centres concerned).
import { writeAudit } from "@/server/audit";
import { parseInput, runAccountAction, type ActionResult } from "@/server/action";
import type { Actor } from "@/server/auth/session";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { throttledPasswordCheck } from "@/server/auth/throttle";
import { db, type Tx } from "@/server/db";
import { conflict, invalid, unauthenticated } from "@/server/errors";
import { hashInvitationToken, openInvitation } from "@/features/members/invitations";
import { acceptAsExistingUserInput, acceptAsNewUserInput, changePasswordInput } from "./schema";

const LINK_GONE = "Ten link wygasł albo został już użyty. Poproś administratora ośrodka o nowe zaproszenie.";
const WRONG_PASSWORD = "Hasło jest nieprawidłowe albo było zbyt wiele prób. Spróbuj ponownie później.";
const ALREADY_MEMBER = "Już należysz do zespołu tego ośrodka. Twoją rolę może zmienić administrator ośrodka.";

async function auditToCentres(tx: Tx, userId: string, action: string) {
  const memberships = await tx.membership.findMany({ where: { userId }, select: { centreId: true } });
  for (const { centreId } of memberships) await writeAudit(tx, centreId, userId, { action, recordType: "User", recordId: userId });
}

/**
 * Accepts an invitation: a new person sets name and password; someone who already has an account
 * confirms it with their password (an invitation never resets a password, nor changes the role of
 * someone already in the team). The invitation is claimed with a conditional update, so a link
 * works exactly once.
 */
export function acceptInvitation(token: string, raw: unknown, ip: string): Promise<ActionResult<{ centreSlug: string }>> {
  return runAccountAction(async () => {
    const invitation = await db.invitation.findFirst({ where: { tokenHash: hashInvitationToken(token), ...openInvitation() } });
    if (!invitation) throw invalid(LINK_GONE);
    const existing = await db.user.findUnique({
      where: { email: invitation.email },
      select: { id: true, passwordHash: true, memberships: { where: { centreId: invitation.centreId }, select: { status: true } } },
    });
    if (existing?.memberships[0]?.status === "ACTIVE") throw conflict(ALREADY_MEMBER);

    let newUser: { name: string; passwordHash: string } | null = null;
    if (existing) {
      const { password } = parseInput(acceptAsExistingUserInput, raw);
      if (!(await throttledPasswordCheck(invitation.email, ip, () => verifyPassword(existing.passwordHash, password))))
        throw invalid(WRONG_PASSWORD, "password");
    } else {
      const input = parseInput(acceptAsNewUserInput, raw);
      newUser = { name: input.name, passwordHash: await hashPassword(input.password) };
    }

    const centre = await db.$transaction(async (tx) => {
      const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, ...openInvitation() }, data: { acceptedAt: new Date() } });
      if (claimed.count !== 1) throw invalid(LINK_GONE);
      const userId = existing
        ? existing.id
        : (await tx.user.create({ data: { email: invitation.email, ...newUser!, passwordChangedAt: new Date() }, select: { id: true } })).id;
      // A membership deactivated before this invitation was made comes back with the invited role.
      const membership = await tx.membership.upsert({
        where: { centreId_userId: { centreId: invitation.centreId, userId } },
        create: { centreId: invitation.centreId, userId, role: invitation.role },
        update: { role: invitation.role, status: "ACTIVE", deactivatedAt: null },
        select: { id: true, centre: { select: { slug: true } } },
      });
      await writeAudit(tx, invitation.centreId, userId, { action: "member.join", recordType: "Membership", recordId: membership.id });
      return membership.centre;
    });
    return { data: { centreSlug: centre.slug }, message: "Konto jest gotowe. Zaloguj się." };
  });
}

/** Changing the password ends every other session (and this one: the person signs in again). */
export function changePassword(actor: Actor | null, raw: unknown, ip: string): Promise<ActionResult<null>> {
  return runAccountAction(async () => {
    if (!actor) throw unauthenticated();
    const input = parseInput(changePasswordInput, raw);
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, passwordHash: true } });
    if (!(await throttledPasswordCheck(user.email, ip, () => verifyPassword(user.passwordHash, input.currentPassword)))) {
      throw invalid(WRONG_PASSWORD, "currentPassword");
    }
    if (input.currentPassword === input.password) throw conflict("Nowe hasło musi różnić się od obecnego.", "password");
    const passwordHash = await hashPassword(input.password);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } } });
      await auditToCentres(tx, actor.userId, "user.password.change");
    });
    return { data: null, message: "Hasło zostało zmienione. Zaloguj się nowym hasłem." };
  });
}

/** Ends every session of the person, on every device, at once. */
export function signOutEverywhere(actor: Actor | null): Promise<ActionResult<null>> {
  return runAccountAction(async () => {
    if (!actor) throw unauthenticated();
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
      await auditToCentres(tx, actor.userId, "user.sessions.revoke");
    });
    return { data: null, message: "Wylogowano ze wszystkich urządzeń." };
  });
}

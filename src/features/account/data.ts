import { db } from "@/server/db";
import { hashInvitationToken, openInvitation } from "@/features/members/invitations";

/** An invitation that can still be accepted, with what the acceptance page needs to show. */
export async function findOpenInvitation(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invitation = await db.invitation.findFirst({
    where: { tokenHash: hashInvitationToken(token), ...openInvitation() },
    select: {
      id: true,
      centreId: true,
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      centre: { select: { name: true, slug: true } },
    },
  });
  if (!invitation) return null;
  const user = await db.user.findUnique({ where: { email: invitation.email }, select: { passwordHash: true } });
  return { ...invitation, hasAccount: Boolean(user?.passwordHash) };
}

/** The centres in which the person is an active member, for the centre chooser. */
export async function listMyCentres(userId: string) {
  return db.membership.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: { centre: { name: "asc" } },
    select: { role: true, centre: { select: { slug: true, name: true, city: true } } },
  });
}

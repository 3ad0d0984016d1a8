import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { openInvitation } from "./invitations";

/** The centre's team, active first, by name (Polish collation). */
export async function listTeam(centre: AuthorisedCentre) {
  return db.membership.findMany({
    where: { centreId: centre.id },
    orderBy: [{ status: "asc" }, { user: { name: "asc" } }],
    select: { id: true, role: true, status: true, deactivatedAt: true, userId: true, user: { select: { name: true, email: true } } },
  });
}

/** Invitations not yet accepted, revoked or expired. */
export async function listOpenInvitations(centre: AuthorisedCentre) {
  return db.invitation.findMany({
    where: { centreId: centre.id, ...openInvitation() },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, name: true, role: true, expiresAt: true },
  });
}

export async function teamSummary(centre: AuthorisedCentre) {
  const [active, openInvitations] = await Promise.all([
    db.membership.count({ where: { centreId: centre.id, status: "ACTIVE" } }),
    db.invitation.count({ where: { centreId: centre.id, ...openInvitation() } }),
  ]);
  return { active, openInvitations };
}

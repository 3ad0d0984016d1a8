// The rule that is never broken: a centre is used only after the server has checked that the
// signed-in person is an active member of it with a role the operation allows. Data functions take
// an AuthorisedCentre, which nothing but authoriseCentre can make, and put its id in every `where`.
import { db } from "./db";
import { forbidden, notFound } from "./errors";
import type { Actor } from "./auth/session";
import type { Role } from "./roles";

declare const authorised: unique symbol;

export type AuthorisedCentre = {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly shortName: string;
  readonly timeZone: string;
  /** The actor's role in this centre. */
  readonly role: Role;
  readonly actorId: string;
  readonly [authorised]: true;
};

export async function findMembership(userId: string, centreSlug: string) {
  return db.membership.findFirst({
    where: { userId, status: "ACTIVE", centre: { slug: centreSlug } },
    select: { role: true, centre: { select: { id: true, slug: true, name: true, shortName: true, timeZone: true } } },
  });
}

/**
 * Resolves the centre named in the URL for this actor. Another centre's slug and an unknown slug
 * look the same (not found), so the check reveals nothing about other centres.
 */
export async function authoriseCentre(actor: Actor, centreSlug: string, allow: readonly Role[]): Promise<AuthorisedCentre> {
  const membership = await findMembership(actor.userId, centreSlug);
  if (!membership) throw notFound("Nie znaleziono ośrodka albo nie należysz do jego zespołu.");
  if (!allow.includes(membership.role)) throw forbidden();
  return { ...membership.centre, role: membership.role, actorId: actor.userId } as AuthorisedCentre;
}

/** Whether the person's role in this centre is one of `allowed` (e.g. to show a link). */
export function mayUse(centre: AuthorisedCentre, allowed: readonly Role[]): boolean {
  return allowed.includes(centre.role);
}

/**
 * Data functions check the role again themselves: a centre authorised for a page open to more roles
 * (the client page, the staff home) must not be enough to reach what those functions return.
 */
export function assertMay(centre: AuthorisedCentre, allowed: readonly Role[]): void {
  if (!mayUse(centre, allowed)) throw forbidden();
}

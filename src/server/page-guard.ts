// Loaders (server components) resolve their centre here: from the URL's slug and the session, by
// the same authoriseCentre that actions use.
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { getActor, type Actor } from "./auth/session";
import { DomainError } from "./errors";
import { ALL_ROLES, type Role } from "./roles";
import { PATHNAME_HEADER } from "./request-headers";
import { authoriseCentre, type AuthorisedCentre } from "./tenant";

/** The signed-in person; without a session, the sign-in page, which returns here afterwards. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const here = (await headers()).get(PATHNAME_HEADER) ?? "/staff";
    redirect(`/login?callbackUrl=${encodeURIComponent(here)}`);
  }
  return actor;
}

// A layout and its page often ask the same question in one request.
const authoriseOnce = cache(authoriseCentre);

/**
 * The centre of this page for the signed-in person, if their role is allowed; otherwise the sign-in
 * page (no session), 404 (not a member: nothing revealed) or 403 (a member with too weak a role).
 */
export async function requireCentre(slug: string, allow: readonly Role[] = ALL_ROLES): Promise<AuthorisedCentre> {
  const actor = await requireActor();
  try {
    return await authoriseOnce(actor, slug, allow);
  } catch (error) {
    if (error instanceof DomainError && error.code === "forbidden") forbidden();
    if (error instanceof DomainError && error.code === "not_found") notFound();
    throw error;
  }
}

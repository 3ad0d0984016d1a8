import { forbidden } from "@/server/errors";
import type { Role } from "@/server/roles";
import type { AuthorisedCentre } from "@/server/tenant";

/**
 * Volunteering: coordinators (and the centre's admin) plan tasks, decide on sign-ups and approve
 * hours; a volunteer (a VOLUNTEER member with a Volunteer profile) sees and does only their own.
 */
export const volunteerTasksPolicy = {
  manage: ["ADMIN", "COORDINATOR"],
  own: ["VOLUNTEER"],
} as const satisfies Record<string, readonly Role[]>;

/** Data functions check the role again: a centre authorised for another page is not enough. */
export function assertRole(centre: AuthorisedCentre, allowed: readonly Role[]): void {
  if (!allowed.includes(centre.role)) throw forbidden();
}

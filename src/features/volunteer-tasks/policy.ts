import type { Role } from "@/server/roles";

/**
 * Volunteering: coordinators (and the centre's admin) plan tasks, decide on sign-ups and approve
 * hours; a volunteer (a VOLUNTEER member with a Volunteer profile) sees and does only their own.
 */
export const volunteerTasksPolicy = {
  manage: ["ADMIN", "COORDINATOR"],
  own: ["VOLUNTEER"],
} as const satisfies Record<string, readonly Role[]>;

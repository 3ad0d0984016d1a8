import type { Role } from "@/server/roles";

/**
 * Who may do what with an offer's schedules and sessions. Coordinators run the clubs and groups, so
 * they and the centre admin plan them; social workers and volunteers only see what is on.
 */
export const schedulesPolicy = {
  manageSchedules: ["ADMIN", "COORDINATOR"],
  manageSessions: ["ADMIN", "COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

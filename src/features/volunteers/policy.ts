import type { Role } from "@/server/roles";

/**
 * The volunteer register (profiles, checks, agreements) is the coordinators' of volunteering and the
 * admin's. Volunteers never see it (not even other volunteers' contact details), nor do social
 * workers: it is not part of client work.
 */
export const volunteersPolicy = {
  view: ["ADMIN", "COORDINATOR"],
  manage: ["ADMIN", "COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

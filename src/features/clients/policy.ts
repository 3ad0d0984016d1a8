import type { Role } from "@/server/roles";

/**
 * Who may do what with the centre's client records. Social workers keep them and admins stand in
 * for them. Coordinators see only the referred and enrolled clients' names and contact (in the
 * referrals, not here); volunteers never see a client record. Special-category data (art. 1 ust. 2
 * groups, notes) is for the same two roles, and the audit log of a client for the admin alone.
 */
export const clientsPolicy = {
  view: ["ADMIN", "SOCIAL_WORKER"],
  create: ["ADMIN", "SOCIAL_WORKER"],
  update: ["ADMIN", "SOCIAL_WORKER"],
  archive: ["ADMIN", "SOCIAL_WORKER"],
  household: ["ADMIN", "SOCIAL_WORKER"],
  consents: ["ADMIN", "SOCIAL_WORKER"],
  sensitive: ["ADMIN", "SOCIAL_WORKER"],
  audit: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

/** Roles a client may be assigned to as their social worker. */
export const CASEWORKER_ROLES = ["SOCIAL_WORKER", "ADMIN"] as const satisfies readonly Role[];

import type { Role } from "@/server/roles";

/**
 * Who may do what with the centre's offer (clubs, groups, programmes). Coordinators run them and
 * admins stand in for them; social workers refer people but do not edit what residents read, and
 * volunteers only help at sessions.
 */
export const offersPolicy = {
  view: ["ADMIN", "COORDINATOR"],
  create: ["ADMIN", "COORDINATOR"],
  update: ["ADMIN", "COORDINATOR"],
  archive: ["ADMIN", "COORDINATOR"],
  translate: ["ADMIN", "COORDINATOR"],
  indicators: ["ADMIN", "COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

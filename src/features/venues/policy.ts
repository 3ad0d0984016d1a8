import type { Role } from "@/server/roles";

/** Who may manage the centre's venues: the people who run its offer (coordinators) and admins. */
export const venuesPolicy = {
  view: ["ADMIN", "COORDINATOR"],
  create: ["ADMIN", "COORDINATOR"],
  update: ["ADMIN", "COORDINATOR"],
  archive: ["ADMIN", "COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

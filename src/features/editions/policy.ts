import type { Role } from "@/server/roles";

/**
 * The KIS is run by its coordinators (and the centre's admin). Social workers follow their clients
 * through referrals and contracts, not through the club's register; volunteers see none of it.
 */
export const KIS_STAFF = ["ADMIN", "COORDINATOR"] as const satisfies readonly Role[];

export const editionsPolicy = {
  view: KIS_STAFF,
  manage: KIS_STAFF,
} as const satisfies Record<string, readonly Role[]>;

import { KIS_STAFF } from "@/features/editions/policy";
import type { Role } from "@/server/roles";

/**
 * The register of a KIS edition is kept by its coordinators (and the centre's admin). Social workers
 * follow their clients through contracts, not the club's register; volunteers see none of it.
 */
export const attendancePolicy = {
  view: KIS_STAFF,
  mark: KIS_STAFF,
} as const satisfies Record<string, readonly Role[]>;

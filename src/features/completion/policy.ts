import { KIS_STAFF } from "@/features/editions/policy";
import type { Role } from "@/server/roles";

/**
 * Participants' periods, leaving, certificates and outcomes are kept by the KIS coordinators (and
 * the admin). Social workers follow their clients through contracts; volunteers see none of it.
 */
export const completionPolicy = {
  view: KIS_STAFF,
  manage: KIS_STAFF,
  certificate: KIS_STAFF,
} as const satisfies Record<string, readonly Role[]>;

import { KIS_STAFF } from "@/features/editions/policy";
import type { Role } from "@/server/roles";

/**
 * Deciding on referrals and the waitlist is the KIS coordinators' work (and the admin's). Social
 * workers refer (referrals feature) but do not decide; volunteers see none of it.
 */
export const recruitmentPolicy = {
  view: KIS_STAFF,
  decide: KIS_STAFF,
} as const satisfies Record<string, readonly Role[]>;

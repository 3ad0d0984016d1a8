import type { Role } from "@/server/roles";

/**
 * Social workers refer their clients; coordinators see the referrals that arrive, with only what
 * enrolment needs (name, contact, contract valid until), never the special-category data.
 */
export const referralsPolicy = {
  refer: ["ADMIN", "SOCIAL_WORKER"],
  viewIncoming: ["ADMIN", "COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

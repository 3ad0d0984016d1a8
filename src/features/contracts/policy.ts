import type { Role } from "@/server/roles";

/**
 * Who may work with social contracts. A contract is casework: social workers draw it up, sign,
 * evaluate, amend and close it, and the centre's admin stands in for them. Coordinators run KIS and
 * see referrals, not contracts; volunteers never see a client's contract (DESIGN.md).
 */
export const contractsPolicy = {
  view: ["ADMIN", "SOCIAL_WORKER"],
  draw: ["ADMIN", "SOCIAL_WORKER"],
  sign: ["ADMIN", "SOCIAL_WORKER"],
  evaluate: ["ADMIN", "SOCIAL_WORKER"],
  amend: ["ADMIN", "SOCIAL_WORKER"],
  close: ["ADMIN", "SOCIAL_WORKER"],
  pdf: ["ADMIN", "SOCIAL_WORKER"],
  /**
   * A contract's number, status and period only (no content): what a coordinator deciding on a KIS
   * referral needs to see that it rests on a contract in force.
   */
  summary: ["ADMIN", "COORDINATOR", "SOCIAL_WORKER"],
} as const satisfies Record<string, readonly Role[]>;

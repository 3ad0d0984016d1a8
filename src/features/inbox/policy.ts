import type { Role } from "@/server/roles";

/**
 * Who may read and answer residents' messages: the people who run the offer. Social workers and
 * volunteers do not see them (a message may say more about a person than their task needs).
 */
export const inboxPolicy = {
  view: ["ADMIN", "COORDINATOR"],
  markRead: ["ADMIN", "COORDINATOR"],
  markHandled: ["ADMIN", "COORDINATOR"],
  reopen: ["ADMIN", "COORDINATOR"],
} as const satisfies Record<string, readonly Role[]>;

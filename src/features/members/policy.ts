import type { Role } from "@/server/roles";

/** Who may do what with the centre's team. Only the centre admin manages accounts and roles. */
export const membersPolicy = {
  view: ["ADMIN"],
  invite: ["ADMIN"],
  changeRole: ["ADMIN"],
  deactivate: ["ADMIN"],
  reactivate: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

import type { Role } from "@/server/roles";

/** The statement speaks for the centre as a public body, so only the centre admin edits it. */
export const accessibilityPolicy = {
  view: ["ADMIN"],
  edit: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

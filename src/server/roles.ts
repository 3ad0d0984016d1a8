import type { Role } from "@/generated/prisma/enums";

export type { Role };

export const ALL_ROLES = ["ADMIN", "COORDINATOR", "SOCIAL_WORKER", "VOLUNTEER"] as const satisfies readonly Role[];
/** Everyone who works for the centre, as opposed to volunteers. */
export const STAFF_ROLES = ["ADMIN", "COORDINATOR", "SOCIAL_WORKER"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator ośrodka",
  COORDINATOR: "Koordynator",
  SOCIAL_WORKER: "Pracownik socjalny",
  VOLUNTEER: "Wolontariusz",
};

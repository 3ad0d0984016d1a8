import { ALL_ROLES } from "@/server/roles";
import { email, requiredText, z } from "@/server/validation";

export const role = z.enum(ALL_ROLES, { error: "Wybierz rolę." });
const membershipId = z.uuid({ error: "Nie rozpoznano członka zespołu." });

export const inviteMemberInput = z.object({
  name: requiredText("imię i nazwisko", 120),
  email,
  role,
});

export const changeRoleInput = z.object({ membershipId, role });
export const membershipInput = z.object({ membershipId });
export const invitationInput = z.object({ invitationId: z.uuid({ error: "Nie rozpoznano zaproszenia." }) });

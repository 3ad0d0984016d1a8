// Creating a centre is an operator's job (npm run centre:create), not something a signed-in person
// does: there is no admin yet to authorise it.
import { db } from "@/server/db";
import { writeAudit } from "@/server/audit";
import { conflict } from "@/server/errors";
import { createInvitation } from "@/features/members/invitations";
import { createCentreInput, type CreateCentreInput } from "./schema";

/**
 * Creates the centre and invites its first admin by a one-time link. Always a link, even for an
 * address that already has an account: it is accepted with that account's own password, so nobody
 * who merely got hold of the address elsewhere becomes this centre's admin.
 */
export async function createCentreWithAdmin(raw: CreateCentreInput) {
  const input = createCentreInput.parse(raw);
  const { admin, ...centreData } = input;
  return db.$transaction(async (tx) => {
    if (await tx.centre.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw conflict(`Ośrodek o adresie "${input.slug}" już istnieje.`, "slug");
    }
    const centre = await tx.centre.create({ data: centreData, select: { id: true, slug: true, name: true } });
    await writeAudit(tx, centre.id, null, { action: "centre.create", recordType: "Centre", recordId: centre.id });
    const invitation = await createInvitation(tx, centre.id, { email: admin.email, name: admin.name, role: "ADMIN" }, null);
    await writeAudit(tx, centre.id, null, { action: "member.invite", recordType: "Invitation", recordId: invitation.id });
    return { centre, invitation };
  });
}

// Who the signed-in volunteer is in this centre: the Volunteer profile linked to their account.
import type { Tx } from "@/server/db";
import { db } from "@/server/db";
import { forbidden } from "@/server/errors";
import type { AuthorisedCentre } from "@/server/tenant";

export const NO_PROFILE = "Nie masz jeszcze profilu wolontariusza w tym ośrodku. Poproś koordynatora wolontariatu o jego założenie.";

export async function findMyVolunteer(centre: AuthorisedCentre, client: Tx | typeof db = db) {
  return client.volunteer.findFirst({
    where: { centreId: centre.id, userId: centre.actorId, archivedAt: null },
    select: { id: true, firstName: true, birthYear: true, guardianConsentOn: true, registerCheckOn: true, criminalRecordOn: true },
  });
}

export async function requireMyVolunteer(centre: AuthorisedCentre, tx: Tx) {
  const me = await findMyVolunteer(centre, tx);
  if (!me) throw forbidden(NO_PROFILE);
  return me;
}

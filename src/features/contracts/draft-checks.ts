// Rules a draft's save checks against what is already saved in its other parts.
import type { Tx } from "@/server/db";
import { invalid } from "@/server/errors";
import { fromDbDate } from "@/server/time";
import { within, type Period } from "./period";
import { INSTITUTION_ROLE } from "./schema";

/** Saved actions whose deadline would fall outside the period, as messages for the period fields. */
export async function actionsOutside(tx: Tx, centreId: string, contractId: string, period: Period) {
  const actions = await tx.socialContract.findUniqueOrThrow({
    where: { centreId_id: { centreId, id: contractId } },
    select: { actions: { select: { description: true, deadline: true }, orderBy: { position: "asc" } } },
  });
  return actions.actions.filter((a) => !within(fromDbDate(a.deadline), period));
}

/** Variant B is about one person: family members cannot be parties or answer for actions in it. */
export async function refuseFamilyInB(tx: Tx, centreId: string, contractId: string) {
  const [family, familyActions] = await Promise.all([
    tx.contractParty.count({ where: { centreId, contractId, role: { not: INSTITUTION_ROLE } } }),
    tx.contractAction.count({ where: { centreId, contractId, responsible: "FAMILY_MEMBER" } }),
  ]);
  if (family || familyActions) {
    throw invalid(
      "W wariancie B stronami nie są członkowie rodziny. Najpierw usuń ich z części „Strony kontraktu” i z działań, albo zostaw wariant A.",
      "variant",
    );
  }
}

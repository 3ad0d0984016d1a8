// Signing: the draft becomes the contract in force (ACTIVE). From then on its parts are read-only and
// it changes only through amendments. Signing checks that nothing the template needs is missing.
import { defineAction } from "@/server/action";
import { polishDate } from "@/server/calendar-input";
import { InputError } from "@/server/errors";
import { dbDate } from "@/server/time";
import { missingForSigning } from "./completeness";
import { claimContract } from "./contract-lock";
import { contractNumber } from "./labels";
import { signInput } from "./lifecycle-schema";
import { NOT_IN_FUTURE, periodOf, periodText, today, within } from "./period";
import { contractsPolicy } from "./policy";

export const signContract = defineAction({
  name: "contract.sign",
  allow: contractsPolicy.sign,
  input: signInput,
  async run({ tx, centre, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["DRAFT"]);
    const where = { centreId: centre.id, contractId: contract.id };
    const [goals, actions] = await Promise.all([tx.contractGoal.count({ where }), tx.contractAction.count({ where })]);
    const problems = missingForSigning({ ...contract, goals, actions });
    const period = periodOf(contract);
    if (input.signedOn > today(centre.timeZone)) problems.signedOn = [NOT_IN_FUTURE("Data podpisania")];
    else if (input.signedOn > period.end) problems.signedOn = [`Okres kontraktu skończył się ${polishDate(period.end)}. Zmień okres, zanim podpiszesz.`];
    if (!within(input.nextEvaluationOn, period)) problems.nextEvaluationOn = [`Pierwsza ocena musi przypadać w okresie kontraktu: ${periodText(period)}.`];
    if (Object.keys(problems).length) throw new InputError(problems);
    await tx.socialContract.update({
      where: { centreId_id: { centreId: centre.id, id: contract.id } },
      data: { status: "ACTIVE", signedOn: dbDate(input.signedOn), nextEvaluationOn: dbDate(input.nextEvaluationOn) },
    });
    return {
      data: { id: contract.id, path: `/${centre.slug}/staff/contracts/${contract.id}` },
      audit: { recordType: "SocialContract", recordId: contract.id },
      message: `Kontrakt nr ${contractNumber(contract)} został podpisany i obowiązuje. Od teraz zmienia się go tylko aneksem.`,
    };
  },
});

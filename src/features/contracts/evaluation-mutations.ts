// An evaluation of a contract in force: dated, with how each action is going (and why one was not
// done), and when the next evaluation is due. Actions marked done get their done date.
import { defineAction } from "@/server/action";
import { polishDate } from "@/server/calendar-input";
import { InputError } from "@/server/errors";
import { dbDate, fromDbDate } from "@/server/time";
import { claimContract } from "./contract-lock";
import { evaluationInput } from "./lifecycle-schema";
import { NOT_IN_FUTURE, periodOf, periodText, today, within } from "./period";
import { contractsPolicy } from "./policy";

export const evaluateContract = defineAction({
  name: "contract.evaluate",
  allow: contractsPolicy.evaluate,
  input: evaluationInput,
  async run({ tx, centre, actor, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["ACTIVE"]);
    const where = { centreId: centre.id, contractId: contract.id };
    const actions = await tx.contractAction.findMany({ where, select: { id: true }, orderBy: { position: "asc" } });
    const period = periodOf(contract);
    const signedOn = fromDbDate(contract.signedOn!);
    const problems: Record<string, string[]> = {};
    if (input.evaluatedOn < signedOn) problems.evaluatedOn = [`Ocena nie może być wcześniejsza niż podpisanie kontraktu (${polishDate(signedOn)}).`];
    else if (input.evaluatedOn > today(centre.timeZone)) problems.evaluatedOn = [NOT_IN_FUTURE("Data oceny")];
    if (input.nextEvaluationOn && !within(input.nextEvaluationOn, period)) {
      problems.nextEvaluationOn = [`Następna ocena musi przypadać w okresie kontraktu: ${periodText(period)}.`];
    }
    for (const a of actions) {
      if (!input.progress[a.id]?.status) problems[`progress.${a.id}.status`] = ["Wybierz, jak idzie to działanie."];
    }
    if (Object.keys(problems).length) throw new InputError(problems);

    const evaluation = await tx.contractEvaluation.create({
      data: { ...where, evaluatedOn: dbDate(input.evaluatedOn), summary: input.summary, createdById: actor.userId },
      select: { id: true },
    });
    // Only this contract's actions are recorded, whatever else the form sent.
    const progress = actions.map((a) => ({ actionId: a.id, status: input.progress[a.id].status!, reason: input.progress[a.id].reason ?? null }));
    await tx.contractActionProgress.createMany({ data: progress.map((p) => ({ centreId: centre.id, evaluationId: evaluation.id, ...p })) });
    const done = progress.filter((p) => p.status === "DONE").map((p) => p.actionId);
    const open = progress.filter((p) => p.status !== "DONE").map((p) => p.actionId);
    // Done keeps the first date it was found done; an action found not done after all is open again.
    await tx.contractAction.updateMany({ where: { ...where, id: { in: done }, doneOn: null }, data: { doneOn: dbDate(input.evaluatedOn) } });
    await tx.contractAction.updateMany({ where: { ...where, id: { in: open } }, data: { doneOn: null } });
    await tx.socialContract.update({
      where: { centreId_id: { centreId: centre.id, id: contract.id } },
      data: { nextEvaluationOn: input.nextEvaluationOn ? dbDate(input.nextEvaluationOn) : null },
    });
    return {
      data: { id: evaluation.id, path: `/${centre.slug}/staff/contracts/${contract.id}` },
      audit: { recordType: "SocialContract", recordId: contract.id },
      message: input.nextEvaluationOn
        ? `Ocena została zapisana. Następna ocena: ${polishDate(input.nextEvaluationOn)}.`
        : "Ocena została zapisana. Nie zaplanowano kolejnej oceny.",
    };
  },
});

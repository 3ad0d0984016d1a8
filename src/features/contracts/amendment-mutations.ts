// An amendment (aneks): the only way a signed contract changes. It is dated, says what changed and
// why, and is applied to the contract in the same transaction; the history keeps every one with each
// change as { field: { from, to } }. It can move the period's end, change actions' deadlines and add
// an action.
import { Prisma } from "@/generated/prisma/client";
import { defineAction } from "@/server/action";
import { polishDate } from "@/server/calendar-input";
import { DomainError, InputError, invalid } from "@/server/errors";
import { dbDate, fromDbDate } from "@/server/time";
import { claimContract } from "./contract-lock";
import { amendmentInput } from "./lifecycle-schema";
import { deadlineOutside, NOT_IN_FUTURE, periodOf, today, within } from "./period";
import { contractsPolicy } from "./policy";

export type AmendmentChange = { from: unknown; to: unknown };
/** Keys of ContractAmendment.changes: "periodEnd", "action:<id>.deadline", "action:<id>" (added). */
export const actionKey = (id: string) => `action:${id}`;

export const amendContract = defineAction({
  name: "contract.amend",
  allow: contractsPolicy.amend,
  input: amendmentInput,
  async run({ tx, centre, actor, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["ACTIVE"]);
    const where = { centreId: centre.id, contractId: contract.id };
    const actions = await tx.contractAction.findMany({ where, select: { id: true, deadline: true, position: true }, orderBy: { position: "asc" } });
    const before = periodOf(contract);
    const period = { start: before.start, end: input.periodEnd ?? before.end };
    const signedOn = fromDbDate(contract.signedOn!);
    const problems: Record<string, string[]> = {};
    if (input.amendedOn < signedOn) problems.amendedOn = [`Aneks nie może być wcześniejszy niż podpisanie kontraktu (${polishDate(signedOn)}).`];
    else if (input.amendedOn > today(centre.timeZone)) problems.amendedOn = [NOT_IN_FUTURE("Data aneksu")];
    if (input.periodEnd && input.periodEnd < period.start) problems.periodEnd = ["Koniec okresu nie może być wcześniejszy niż jego początek."];
    else if (input.periodEnd && input.periodEnd < input.amendedOn)
      problems.periodEnd = ["Nowy koniec okresu nie może być wcześniejszy niż dzień aneksu. Aby zakończyć kontrakt, użyj „Zakończ kontrakt”."];

    const changes: Record<string, AmendmentChange> = {};
    if (input.periodEnd && input.periodEnd !== before.end) changes.periodEnd = { from: before.end, to: input.periodEnd };
    const known = new Map(actions.map((a) => [a.id, fromDbDate(a.deadline)]));
    for (const [id, deadline] of Object.entries(input.deadlines)) {
      if (!known.has(id)) throw new DomainError("not_found", "Nie znaleziono tego działania w kontrakcie.");
      if (!deadline) problems[`deadlines.${id}`] = ["Podaj termin wykonania."];
      else if (deadline !== known.get(id)) changes[`${actionKey(id)}.deadline`] = { from: known.get(id), to: deadline };
    }
    // Every deadline, changed or not, must fit the period as it will be.
    for (const [id, deadline] of known) {
      const after = input.deadlines[id] ?? deadline;
      if (after && !within(after, period) && !problems[`deadlines.${id}`]) problems[`deadlines.${id}`] = [deadlineOutside(period)];
    }
    const added = input.newAction;
    if (added && !within(added.deadline, period)) problems["newAction.deadline"] = [deadlineOutside(period)];
    if (added?.goal && !(await tx.contractGoal.count({ where: { ...where, id: added.goal } }))) {
      problems["newAction.goal"] = ["Wybierz cel z listy albo „bez wskazanego celu”."];
    }
    if (Object.keys(problems).length) throw new InputError(problems);
    if (!Object.keys(changes).length && !added) {
      throw invalid("Aneks musi coś zmieniać: nowy koniec okresu, nowy termin działania albo nowe działanie.");
    }

    if (changes.periodEnd) {
      // A next evaluation planned after the new end moves to the end.
      const next = contract.nextEvaluationOn ? fromDbDate(contract.nextEvaluationOn) : null;
      await tx.socialContract.update({
        where: { centreId_id: { centreId: centre.id, id: contract.id } },
        data: { periodEnd: dbDate(period.end), ...(next && next > period.end ? { nextEvaluationOn: dbDate(period.end) } : {}) },
      });
    }
    for (const [id, deadline] of Object.entries(input.deadlines)) {
      if (changes[`${actionKey(id)}.deadline`]) await tx.contractAction.updateMany({ where: { ...where, id }, data: { deadline: dbDate(deadline!) } });
    }
    if (added) {
      const position = Math.max(0, ...actions.map((a) => a.position)) + 1;
      const created = await tx.contractAction.create({
        data: {
          ...where,
          position,
          description: added.description,
          responsible: added.responsible,
          responsibleName: added.responsibleName,
          deadline: dbDate(added.deadline),
          goalId: added.goal || null,
        },
        select: { id: true },
      });
      changes[actionKey(created.id)] = {
        from: null,
        to: { description: added.description, responsible: added.responsible, responsibleName: added.responsibleName, deadline: added.deadline },
      };
    }
    const amendment = await tx.contractAmendment.create({
      data: {
        ...where,
        amendedOn: dbDate(input.amendedOn),
        description: input.description,
        changes: changes as Prisma.InputJsonObject,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    return {
      data: { id: amendment.id, path: `/${centre.slug}/staff/contracts/${contract.id}` },
      audit: { recordType: "SocialContract", recordId: contract.id },
      message: "Aneks został zapisany, a zmiany wprowadzone do kontraktu.",
    };
  },
});

// Drawing up a contract: the draft is created with its basic data and then saved part by part
// (details, parties, assessment, goals and actions). Each save carries the version it was read at
// (contract-lock.ts) and is audited as contract.create or contract.update.
import { defineAction } from "@/server/action";
import { InputError, invalid } from "@/server/errors";
import { polishDate } from "@/server/calendar-input";
import { dbDate, fromDbDate } from "@/server/time";
import { claimContract } from "./contract-lock";
import { actionsOutside, refuseFamilyInB } from "./draft-checks";
import { nextContractNumber } from "./numbering";
import { deadlineOutside, today, within } from "./period";
import { contractsPolicy } from "./policy";
import { checkSocialWorker, findClient } from "./references";
import { assessmentInput, contractDetailsInput, createContractInput, goalsInput, INSTITUTION_ROLE, partiesInput, type CreateContractInput } from "./schema";

const audit = (id: string) => ({ recordType: "SocialContract", recordId: id });
const SAVED = "Zmiany w szkicu kontraktu zostały zapisane.";

function detailsColumns(input: Omit<CreateContractInput, "participantId" | "socialWorkerId">) {
  return {
    variant: input.variant,
    concludedOn: input.concludedOn ? dbDate(input.concludedOn) : null,
    place: input.place ?? null,
    periodStart: dbDate(input.periodStart),
    periodEnd: dbDate(input.periodEnd),
    labourOfficeReferral: input.labourOfficeReferral ?? null,
    consequencesAcknowledged: input.consequencesAcknowledged,
  };
}

export const createContract = defineAction({
  name: "contract.create",
  allow: contractsPolicy.draw,
  input: createContractInput,
  async run({ tx, centre, actor, input }) {
    const client = await findClient(tx, centre.id, input.participantId);
    if (client.archivedAt) throw invalid("Ten klient jest w archiwum. Przywróć go, zanim sporządzisz kontrakt.");
    const socialWorkerId = await checkSocialWorker(tx, centre.id, input.socialWorkerId ?? actor.userId);
    // The number belongs to the year the contract is drawn up in, where the centre is.
    const year = Number(today(centre.timeZone).slice(0, 4));
    const number = await nextContractNumber(tx, centre.id, year);
    const contract = await tx.socialContract.create({
      data: { centreId: centre.id, participantId: client.id, socialWorkerId, number, year, ...detailsColumns(input) },
      select: { id: true, number: true, year: true },
    });
    return {
      data: { ...contract, path: `/${centre.slug}/staff/contracts/${contract.id}` },
      audit: audit(contract.id),
      message: `Szkic kontraktu nr ${number}/${year} został zapisany.`,
    };
  },
});

export const saveContractDetails = defineAction({
  name: "contract.update",
  allow: contractsPolicy.draw,
  input: contractDetailsInput,
  async run({ tx, centre, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["DRAFT"]);
    const socialWorkerId = input.socialWorkerId ? await checkSocialWorker(tx, centre.id, input.socialWorkerId) : contract.socialWorkerId;
    const period = { start: input.periodStart, end: input.periodEnd };
    const outside = await actionsOutside(tx, centre.id, contract.id, period);
    if (outside.length) {
      const list = outside.map((a) => `„${a.description}” (${polishDate(fromDbDate(a.deadline))})`).join(", ");
      throw new InputError({
        periodEnd: [`Terminy działań muszą przypadać w okresie kontraktu. Poza nowym okresem: ${list}. Zmień okres albo terminy działań.`],
      });
    }
    if (input.variant === "B") await refuseFamilyInB(tx, centre.id, contract.id);
    await tx.socialContract.update({
      where: { centreId_id: { centreId: centre.id, id: contract.id } },
      data: { ...detailsColumns(input), socialWorkerId },
    });
    return { data: { id: contract.id }, audit: audit(contract.id), message: SAVED };
  },
});

export const saveContractParties = defineAction({
  name: "contract.update",
  allow: contractsPolicy.draw,
  input: partiesInput,
  async run({ tx, centre, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["DRAFT"]);
    if (contract.variant === "B" && input.family.length) {
      throw new InputError({ "family.0.name": ["W wariancie B stronami nie są członkowie rodziny. Zmień wariant na A albo usuń te osoby."] });
    }
    // A draft's parties are replaced as a whole: nothing else refers to them.
    await tx.contractParty.deleteMany({ where: { centreId: centre.id, contractId: contract.id } });
    await tx.contractParty.createMany({
      data: [...input.family.map((p) => ({ name: p.name!, role: p.role! })), ...input.institutions.map((p) => ({ name: p.name!, role: INSTITUTION_ROLE }))].map(
        (p) => ({ centreId: centre.id, contractId: contract.id, ...p }),
      ),
    });
    return { data: { id: contract.id }, audit: audit(contract.id), message: SAVED };
  },
});

export const saveContractAssessment = defineAction({
  name: "contract.update",
  allow: contractsPolicy.draw,
  input: assessmentInput,
  async run({ tx, centre, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["DRAFT"]);
    await tx.socialContract.update({
      where: { centreId_id: { centreId: centre.id, id: contract.id } },
      data: { causes: input.causes ?? null, resources: input.resources ?? null, limitations: input.limitations ?? null },
    });
    return { data: { id: contract.id }, audit: audit(contract.id), message: SAVED };
  },
});

export const saveContractGoals = defineAction({
  name: "contract.update",
  allow: contractsPolicy.draw,
  input: goalsInput,
  async run({ tx, centre, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["DRAFT"]);
    const period = { start: fromDbDate(contract.periodStart), end: fromDbDate(contract.periodEnd) };
    // Messages by the form's row index: blank rows were dropped, so find each action's row again.
    const problems: Record<string, string[]> = {};
    input.actions.forEach((a, i) => {
      const row = input.actionRows[i];
      if (!within(a.deadline, period)) problems[`actions.${row}.deadline`] = [deadlineOutside(period)];
      if (contract.variant === "B" && a.responsible === "FAMILY_MEMBER") {
        problems[`actions.${row}.responsible`] = ["W wariancie B za działania nie odpowiadają członkowie rodziny."];
      }
    });
    if (Object.keys(problems).length) throw new InputError(problems);
    // A draft's goals and actions are replaced as a whole: until signing nothing refers to them.
    const where = { centreId: centre.id, contractId: contract.id };
    await tx.contractAction.deleteMany({ where });
    await tx.contractGoal.deleteMany({ where });
    const goals = await tx.contractGoal.createManyAndReturn({
      data: input.goals.map((g, i) => ({ ...where, position: i + 1, text: g.text! })),
      select: { id: true, position: true },
    });
    const goalIdByKey = new Map(input.goals.map((g, i) => [g.key, goals.find((s) => s.position === i + 1)!.id]));
    await tx.contractAction.createMany({
      data: input.actions.map((a, i) => ({
        ...where,
        position: i + 1,
        description: a.description,
        responsible: a.responsible,
        responsibleName: a.responsibleName,
        deadline: dbDate(a.deadline),
        goalId: a.goal ? (goalIdByKey.get(a.goal) ?? null) : null,
      })),
    });
    await tx.socialContract.update({ where: { centreId_id: { centreId: centre.id, id: contract.id } }, data: { mainGoal: input.mainGoal ?? null } });
    return { data: { id: contract.id }, audit: audit(contract.id), message: SAVED };
  },
});

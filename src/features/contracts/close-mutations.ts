// Closing a contract in force: completed (its goals reached), or terminated for a stated reason.
// A closed contract is read-only. (Contracts whose period ends unclosed expire: expire.ts.)
import { defineAction } from "@/server/action";
import { polishDate } from "@/server/calendar-input";
import { InputError } from "@/server/errors";
import type { TerminationReason } from "@/generated/prisma/enums";
import { dbDate, fromDbDate } from "@/server/time";
import { claimContract, type ClaimedContract } from "./contract-lock";
import { contractNumber } from "./labels";
import { completeInput, terminateInput } from "./lifecycle-schema";
import { NOT_IN_FUTURE, today } from "./period";
import { contractsPolicy } from "./policy";

function checkClosedOn(contract: ClaimedContract, closedOn: string, zone: string) {
  const signedOn = fromDbDate(contract.signedOn!);
  if (closedOn < signedOn) throw new InputError({ closedOn: [`Data nie może być wcześniejsza niż podpisanie kontraktu (${polishDate(signedOn)}).`] });
  if (closedOn > today(zone)) throw new InputError({ closedOn: [NOT_IN_FUTURE("Data")] });
}

const closed = (closedOn: string, extra: { terminationReason?: TerminationReason; terminationNote?: string | null } = {}) => ({
  closedOn: dbDate(closedOn),
  nextEvaluationOn: null,
  ...extra,
});

export const completeContract = defineAction({
  name: "contract.complete",
  allow: contractsPolicy.close,
  input: completeInput,
  async run({ tx, centre, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["ACTIVE"]);
    checkClosedOn(contract, input.closedOn, centre.timeZone);
    await tx.socialContract.update({
      where: { centreId_id: { centreId: centre.id, id: contract.id } },
      data: { status: "COMPLETED", ...closed(input.closedOn) },
    });
    return {
      data: { id: contract.id, path: `/${centre.slug}/staff/contracts/${contract.id}` },
      audit: { recordType: "SocialContract", recordId: contract.id },
      message: `Kontrakt nr ${contractNumber(contract)} został zakończony jako zrealizowany.`,
    };
  },
});

export const terminateContract = defineAction({
  name: "contract.terminate",
  allow: contractsPolicy.close,
  input: terminateInput,
  async run({ tx, centre, input }) {
    const contract = await claimContract(tx, centre.id, input.contractId, input.version, ["ACTIVE"]);
    checkClosedOn(contract, input.closedOn, centre.timeZone);
    await tx.socialContract.update({
      where: { centreId_id: { centreId: centre.id, id: contract.id } },
      data: { status: "TERMINATED", ...closed(input.closedOn, { terminationReason: input.reason, terminationNote: input.note ?? null }) },
    });
    return {
      data: { id: contract.id, path: `/${centre.slug}/staff/contracts/${contract.id}` },
      audit: { recordType: "SocialContract", recordId: contract.id },
      message: `Kontrakt nr ${contractNumber(contract)} został rozwiązany.`,
    };
  },
});

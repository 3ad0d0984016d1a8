// Optimistic locking. Every save of a contract carries the version its form was read at; the save
// moves the version on only if it is still that one (UPDATE … WHERE version = :v). Two people saving
// the same draft: the second is refused and told to reload, and nothing of theirs is written. The
// UPDATE also locks the row, so a concurrent save of the same version waits, then finds it moved on.
import type { ContractStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { conflict, invalid, notFound } from "@/server/errors";
import { STALE_MESSAGE } from "./labels";

export { STALE_MESSAGE };

export const NOT_FOUND_MESSAGE = "Nie znaleziono tego kontraktu w ośrodku.";

const WRONG_STATUS: Record<ContractStatus, string> = {
  DRAFT: "Ten kontrakt nie został jeszcze podpisany. Najpierw go podpisz.",
  ACTIVE: "Ten kontrakt jest już podpisany. Zmienić go można tylko aneksem.",
  COMPLETED: "Ten kontrakt jest zakończony i nie można go już zmieniać.",
  TERMINATED: "Ten kontrakt został rozwiązany i nie można go już zmieniać.",
  EXPIRED: "Okres tego kontraktu minął i nie można go już zmieniać.",
};

const claimedSelect = {
  id: true,
  status: true,
  variant: true,
  version: true,
  participantId: true,
  socialWorkerId: true,
  number: true,
  year: true,
  concludedOn: true,
  place: true,
  periodStart: true,
  periodEnd: true,
  mainGoal: true,
  consequencesAcknowledged: true,
  signedOn: true,
  nextEvaluationOn: true,
} as const;

/**
 * Claims the contract for one save: it must be of this centre, in one of the allowed states, and
 * still at the version the form was read at. Returns the contract as it now is (new version).
 */
export async function claimContract(tx: Tx, centreId: string, contractId: string, version: number, allowed: readonly ContractStatus[]) {
  const { count } = await tx.socialContract.updateMany({
    where: { centreId, id: contractId, version, status: { in: [...allowed] } },
    data: { version: { increment: 1 } },
  });
  const contract = await tx.socialContract.findUnique({ where: { centreId_id: { centreId, id: contractId } }, select: claimedSelect });
  if (!contract) throw notFound(NOT_FOUND_MESSAGE);
  if (count === 0) {
    // A change of state says more than "someone saved": e.g. a colleague signed the draft meanwhile.
    if (!allowed.includes(contract.status)) throw invalid(WRONG_STATUS[contract.status]);
    throw conflict(STALE_MESSAGE);
  }
  return contract;
}

export type ClaimedContract = Awaited<ReturnType<typeof claimContract>>;

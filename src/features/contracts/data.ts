// Reads of social contracts for staff screens and for other features (referrals). Every query is
// scoped by the authorised centre, and the role is checked again (policy.ts, assertMay).
import { db } from "@/server/db";
import { assertMay } from "@/server/tenant";
import type { AuthorisedCentre } from "@/server/tenant";
import { dbDate } from "@/server/time";
import { isId } from "@/server/validation";
import { contractsPolicy } from "./policy";
import { CLIENT_SELECT, SOCIAL_WORKER_ROLES } from "./references";

/** A contract with all its parts and history; null for an unknown id or another centre's contract. */
export async function getContract(centre: AuthorisedCentre, contractId: string) {
  assertMay(centre, contractsPolicy.view);
  if (!isId(contractId)) return null;
  const contract = await db.socialContract.findUnique({
    where: { centreId_id: { centreId: centre.id, id: contractId } },
    include: {
      participant: { select: CLIENT_SELECT },
      socialWorker: { select: { userId: true, user: { select: { name: true } } } },
      // Ids are time-ordered (uuid v7): parties in the order they were written down.
      parties: { orderBy: { id: "asc" } },
      goals: { orderBy: { position: "asc" } },
      actions: { orderBy: { position: "asc" } },
      evaluations: { orderBy: [{ evaluatedOn: "desc" }, { id: "desc" }], include: { progress: true } },
      amendments: { orderBy: [{ amendedOn: "desc" }, { id: "desc" }] },
    },
  });
  if (!contract) return null;
  const authors = await namesOf(centre, [...contract.evaluations.map((e) => e.createdById), ...contract.amendments.map((a) => a.createdById)]);
  return { ...contract, authors };
}

export type ContractDetails = NonNullable<Awaited<ReturnType<typeof getContract>>>;

/** Names of the centre's members (who recorded an evaluation or an amendment). */
async function namesOf(centre: AuthorisedCentre, userIds: string[]): Promise<Record<string, string>> {
  if (!userIds.length) return {};
  const members = await db.membership.findMany({
    where: { centreId: centre.id, userId: { in: [...new Set(userIds)] } },
    select: { userId: true, user: { select: { name: true } } },
  });
  return Object.fromEntries(members.map((m) => [m.userId, m.user.name]));
}

/** The client a new contract is drawn up for (ordinary data only); null if not of this centre. */
export async function getContractClient(centre: AuthorisedCentre, participantId: string) {
  assertMay(centre, contractsPolicy.draw);
  if (!isId(participantId)) return null;
  return db.participant.findUnique({ where: { centreId_id: { centreId: centre.id, id: participantId } }, select: CLIENT_SELECT });
}

/** A client's contracts, newest first. */
export async function listClientContracts(centre: AuthorisedCentre, participantId: string) {
  assertMay(centre, contractsPolicy.view);
  if (!isId(participantId)) return [];
  return db.socialContract.findMany({
    where: { centreId: centre.id, participantId },
    orderBy: [{ year: "desc" }, { number: "desc" }],
    select: { id: true, number: true, year: true, variant: true, status: true, periodStart: true, periodEnd: true, nextEvaluationOn: true },
  });
}

/** Who can be a contract's social worker (active social workers and admins); the current one stays. */
export async function socialWorkerChoices(centre: AuthorisedCentre, keepId?: string | null) {
  assertMay(centre, contractsPolicy.draw);
  const members = await db.membership.findMany({
    where: {
      centreId: centre.id,
      OR: [{ status: "ACTIVE", role: { in: [...SOCIAL_WORKER_ROLES] } }, ...(keepId ? [{ userId: keepId }] : [])],
    },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  return members.map((m) => ({ userId: m.userId, name: m.user.name, role: m.role })).sort((a, b) => a.name.localeCompare(b.name, "pl"));
}

const summarySelect = {
  id: true,
  participantId: true,
  number: true,
  year: true,
  variant: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  signedOn: true,
} as const;

/**
 * For referrals: the client's contract in force (signed, not closed) whose period covers `on`
 * ("2026-05-04"), or null. Its number, status and period only. If periods overlap, the latest begun.
 */
export async function activeContractFor(centre: AuthorisedCentre, participantId: string, on: string) {
  assertMay(centre, contractsPolicy.summary);
  if (!isId(participantId)) return null;
  return db.socialContract.findFirst({
    where: { centreId: centre.id, participantId, status: "ACTIVE", periodStart: { lte: dbDate(on) }, periodEnd: { gte: dbDate(on) } },
    orderBy: [{ periodStart: "desc" }, { id: "desc" }],
    select: summarySelect,
  });
}

/** For referrals: one contract's number, status and period; null if not of this centre. */
export async function contractSummary(centre: AuthorisedCentre, contractId: string) {
  assertMay(centre, contractsPolicy.summary);
  if (!isId(contractId)) return null;
  return db.socialContract.findUnique({ where: { centreId_id: { centreId: centre.id, id: contractId } }, select: summarySelect });
}

export type ContractSummary = NonNullable<Awaited<ReturnType<typeof contractSummary>>>;

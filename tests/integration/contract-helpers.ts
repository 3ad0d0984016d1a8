// Builders for the social-contract tests: clients, and contracts taken through their lifecycle by
// the real actions (so every rule and audit event runs), with dates relative to today in Warsaw.
import { randomUUID } from "node:crypto";
import { createContract, saveContractAssessment, saveContractDetails, saveContractGoals, saveContractParties } from "@/features/contracts/draft-mutations";
import { signContract } from "@/features/contracts/sign-mutations";
import { addDaysIso } from "@/features/contracts/period";
import type { ActionResult } from "@/server/action";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { localDate } from "@/server/time";

export const day = (n = 0) => addDaysIso(localDate(new Date()), n);

export async function makeClient(centreId: string, over: { firstName?: string; lastName?: string; socialWorkerId?: string | null } = {}) {
  const firstName = over.firstName ?? "Żaneta";
  const lastName = over.lastName ?? `Gęślak-${randomUUID().slice(0, 4)}`;
  return db.participant.create({
    data: {
      centreId,
      firstName,
      lastName,
      searchName: `${firstName} ${lastName}`.toLowerCase(),
      sex: "FEMALE",
      street: "ul. Źródlana 5",
      postalCode: "23-300",
      city: "Janów Lubelski",
      socialWorkerId: over.socialWorkerId ?? null,
    },
    select: { id: true, firstName: true, lastName: true },
  });
}

export function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

export const versionOf = async (contractId: string) =>
  (await db.socialContract.findFirstOrThrow({ where: { id: contractId }, select: { version: true } })).version;

export type Period = { start: number; end: number };

/** The fields of the details form. */
export function detailsForm(over: Record<string, unknown> = {}, period: Period = { start: 0, end: 180 }) {
  return {
    variant: "B",
    concludedOn: day(period.start),
    place: "Janów Lubelski",
    periodStart: day(period.start),
    periodEnd: day(period.end),
    labourOfficeReferral: "PUP w Janowie Lubelskim, skierowanie z 20.02.2026",
    socialWorkerId: "",
    ...over,
  };
}

/** Goals and actions as the form sends them: "goals.0.text", "actions.1.deadline", … */
export function goalsForm(contractId: string, version: number, over: { deadlines?: string[]; goals?: string[]; responsible?: string } = {}) {
  const goals = over.goals ?? ["Podniesienie kwalifikacji", "Znalezienie pracy"];
  const deadlines = over.deadlines ?? [day(30), day(60), day(90)];
  const form: Record<string, string | number> = { contractId, version, mainGoal: "Powrót na rynek pracy" };
  goals.forEach((text, i) => Object.assign(form, { [`goals.${i}.key`]: `g${i}`, [`goals.${i}.text`]: text }));
  deadlines.forEach((deadline, i) =>
    Object.assign(form, {
      [`actions.${i}.description`]: `Działanie ${i + 1}`,
      [`actions.${i}.responsible`]: i === 2 ? (over.responsible ?? "INSTITUTION") : i === 1 ? "SOCIAL_WORKER" : "CLIENT",
      [`actions.${i}.responsibleName`]: i === 2 ? "Powiatowy Urząd Pracy w Janowie Lubelskim" : "",
      [`actions.${i}.deadline`]: deadline,
      [`actions.${i}.goal`]: i < goals.length ? `g${i}` : "",
    }),
  );
  return form;
}

type Who = { actor: Actor };

/** A draft with the basic data only. */
export async function makeDraft(slug: string, by: Who, participantId: string, over: Record<string, unknown> = {}, period?: Period) {
  return ok(await createContract(by.actor, slug, { participantId, ...detailsForm(over, period) }));
}

/** A draft with every part filled in and the acknowledgement ticked: ready to sign. */
export async function makeCompleteDraft(
  slug: string,
  by: Who,
  participantId: string,
  opts: { variant?: "A" | "B"; period?: Period; deadlines?: string[] } = {},
) {
  const period = opts.period ?? { start: 0, end: 180 };
  const variant = opts.variant ?? "B";
  const { id } = await makeDraft(slug, by, participantId, { variant }, period);
  ok(
    await saveContractDetails(by.actor, slug, {
      contractId: id,
      version: await versionOf(id),
      ...detailsForm({ variant, consequencesAcknowledged: "on" }, period),
    }),
  );
  const family = variant === "A" ? { "family.0.name": "Łucja Gęślak", "family.0.role": "córka" } : {};
  ok(
    await saveContractParties(by.actor, slug, { contractId: id, version: await versionOf(id), ...family, "institutions.0.name": "Klub Integracji Społecznej" }),
  );
  ok(
    await saveContractAssessment(by.actor, slug, {
      contractId: id,
      version: await versionOf(id),
      causes: "Długotrwałe bezrobocie",
      resources: "Prawo jazdy kat. B",
      limitations: "Opieka nad dzieckiem",
    }),
  );
  ok(await saveContractGoals(by.actor, slug, goalsForm(id, await versionOf(id), { deadlines: opts.deadlines })));
  return id;
}

/** A signed contract in force. */
export async function makeActive(
  slug: string,
  by: Who,
  participantId: string,
  opts: { variant?: "A" | "B"; period?: Period; deadlines?: string[]; signedOn?: string; nextEvaluationOn?: string } = {},
) {
  const id = await makeCompleteDraft(slug, by, participantId, opts);
  const start = opts.period?.start ?? 0;
  ok(
    await signContract(by.actor, slug, {
      contractId: id,
      version: await versionOf(id),
      signedOn: opts.signedOn ?? day(Math.min(start, 0)),
      nextEvaluationOn: opts.nextEvaluationOn ?? day(Math.max(start, 0) + 20),
    }),
  );
  return id;
}

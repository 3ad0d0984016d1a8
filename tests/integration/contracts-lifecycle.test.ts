// A social contract's lifecycle: draft → signed (active) → evaluated → amended → completed,
// terminated or expired; what each step allows, what it records, and the caseload built on it.
import { beforeAll, describe, expect, it } from "vitest";
import { amendContract } from "@/features/contracts/amendment-mutations";
import { myCaseload } from "@/features/contracts/caseload";
import { completeContract, terminateContract } from "@/features/contracts/close-mutations";
import { saveContractAssessment, saveContractDetails, saveContractGoals, saveContractParties } from "@/features/contracts/draft-mutations";
import { evaluateContract } from "@/features/contracts/evaluation-mutations";
import { EXPIRE_AUDIT_ACTION, expireEndedContracts } from "@/features/contracts/expire";
import { contractsPolicy } from "@/features/contracts/policy";
import { signContract } from "@/features/contracts/sign-mutations";
import { db } from "@/server/db";
import { authoriseCentre } from "@/server/tenant";
import { fromDbDate } from "@/server/time";
import { auditEvents, makeMember, makeWorld } from "../factories";
import { day, detailsForm, goalsForm, makeActive, makeClient, makeCompleteDraft, makeDraft, ok, versionOf } from "./contract-helpers";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let clientId: string;
let sw: World["socialWorker"];

beforeAll(async () => {
  w = await makeWorld();
  sw = w.socialWorker;
  clientId = (await makeClient(w.centre.id)).id;
});

const slug = () => w.centre.slug;
const contract = (id: string) => db.socialContract.findFirstOrThrow({ where: { id }, include: { actions: { orderBy: { position: "asc" } } } });
const ref = async (id: string) => ({ contractId: id, version: await versionOf(id) });
const everything = async (id: string) => ({
  contract: await db.socialContract.findFirstOrThrow({ where: { id } }),
  parties: await db.contractParty.findMany({ where: { contractId: id }, orderBy: { id: "asc" } }),
  goals: await db.contractGoal.findMany({ where: { contractId: id }, orderBy: { id: "asc" } }),
  actions: await db.contractAction.findMany({ where: { contractId: id }, orderBy: { id: "asc" } }),
  evaluations: await db.contractEvaluation.findMany({ where: { contractId: id } }),
  amendments: await db.contractAmendment.findMany({ where: { contractId: id } }),
});

describe("signing", () => {
  it("an incomplete draft cannot be signed; each missing part is named next to its field", async () => {
    const { id } = await makeDraft(slug(), sw, clientId, { concludedOn: "", place: "" });
    const before = await everything(id);
    const result = await signContract(sw.actor, slug(), { ...(await ref(id)), signedOn: day(0), nextEvaluationOn: day(30) });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual([
      "concludedOn",
      "place",
      "mainGoal",
      "goals.0.text",
      "actions.0.description",
      "consequencesAcknowledged",
    ]);
    expect(await everything(id)).toEqual(before);
  });

  it("a complete draft is signed: in force, with its first evaluation due, audited", async () => {
    const id = await makeCompleteDraft(slug(), sw, clientId);
    ok(await signContract(sw.actor, slug(), { ...(await ref(id)), signedOn: day(0), nextEvaluationOn: day(30) }));
    const c = await contract(id);
    expect(c).toMatchObject({ status: "ACTIVE" });
    expect(fromDbDate(c.signedOn!)).toBe(day(0));
    expect(fromDbDate(c.nextEvaluationOn!)).toBe(day(30));
    expect((await auditEvents(w.centre.id, "contract.sign")).map((e) => e.recordId)).toContain(id);
  });

  it("signing checks its own dates: not in the future, first evaluation inside the period", async () => {
    const id = await makeCompleteDraft(slug(), sw, clientId, { period: { start: 0, end: 60 }, deadlines: [day(10), day(20), day(30)] });
    const result = await signContract(sw.actor, slug(), { ...(await ref(id)), signedOn: day(1), nextEvaluationOn: day(61) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { signedOn: [expect.any(String)], nextEvaluationOn: [expect.any(String)] } });
  });
});

describe("a signed contract", () => {
  it("has read-only parts: every draft save is refused and nothing changes", async () => {
    const id = await makeActive(slug(), sw, clientId);
    const before = await everything(id);
    const saves = [
      saveContractDetails(sw.actor, slug(), { ...(await ref(id)), ...detailsForm({ place: "Zmienione" }) }),
      saveContractParties(sw.actor, slug(), { ...(await ref(id)), "institutions.0.name": "Zmieniona" }),
      saveContractAssessment(sw.actor, slug(), { ...(await ref(id)), causes: "Zmienione" }),
      saveContractGoals(sw.actor, slug(), goalsForm(id, await versionOf(id))),
      signContract(sw.actor, slug(), { ...(await ref(id)), signedOn: day(0), nextEvaluationOn: day(10) }),
    ];
    for (const result of await Promise.all(saves)) {
      expect(result).toMatchObject({ ok: false, code: "invalid", message: expect.stringContaining("tylko aneksem") });
    }
    expect(await everything(id)).toEqual(before);
  });

  it("is evaluated: each action's progress, a reason for what was not done, the next due date", async () => {
    const id = await makeActive(slug(), sw, clientId);
    const [a1, a2, a3] = (await contract(id)).actions.map((a) => a.id);
    const base = { ...(await ref(id)), evaluatedOn: day(0), summary: "Klient ukończył kurs.", nextEvaluationOn: day(45) };
    // Not done without a reason, and an action without an answer: both named, nothing saved.
    const refused = await evaluateContract(sw.actor, slug(), {
      ...base,
      [`progress.${a1}.status`]: "DONE",
      [`progress.${a2}.status`]: "NOT_DONE",
      [`progress.${a2}.reason`]: "",
    });
    expect(refused).toMatchObject({ ok: false, code: "validation" });
    if (refused.ok) return;
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual([`progress.${a2}.reason`]);
    const missing = await evaluateContract(sw.actor, slug(), { ...base, [`progress.${a1}.status`]: "DONE", [`progress.${a2}.status`]: "IN_PROGRESS" });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { [`progress.${a3}.status`]: ["Wybierz, jak idzie to działanie."] } });
    expect(await db.contractEvaluation.count({ where: { contractId: id } })).toBe(0);

    ok(
      await evaluateContract(sw.actor, slug(), {
        ...base,
        [`progress.${a1}.status`]: "DONE",
        [`progress.${a2}.status`]: "IN_PROGRESS",
        [`progress.${a3}.status`]: "NOT_DONE",
        [`progress.${a3}.reason`]: "Brak miejsc na kursie",
      }),
    );
    const c = await contract(id);
    expect(fromDbDate(c.nextEvaluationOn!)).toBe(day(45));
    expect(c.actions.map((a) => (a.doneOn ? fromDbDate(a.doneOn) : null))).toEqual([day(0), null, null]);
    const evaluation = await db.contractEvaluation.findFirstOrThrow({ where: { contractId: id }, include: { progress: true } });
    expect(evaluation).toMatchObject({ summary: "Klient ukończył kurs.", createdById: sw.user.id });
    expect(evaluation.progress.find((p) => p.actionId === a3)).toMatchObject({ status: "NOT_DONE", reason: "Brak miejsc na kursie" });
    expect((await auditEvents(w.centre.id, "contract.evaluate")).map((e) => e.recordId)).toContain(id);
  });

  it("is not evaluated before it was signed nor with the next evaluation past its period", async () => {
    const id = await makeActive(slug(), sw, clientId, { period: { start: 0, end: 60 }, deadlines: [day(10), day(20), day(30)] });
    const ids = (await contract(id)).actions.map((a) => a.id);
    const progress = Object.fromEntries(ids.map((a) => [`progress.${a}.status`, "IN_PROGRESS"]));
    const result = await evaluateContract(sw.actor, slug(), { ...(await ref(id)), ...progress, evaluatedOn: day(-1), summary: "x", nextEvaluationOn: day(61) });
    expect(result).toMatchObject({ ok: false, fieldErrors: { evaluatedOn: [expect.any(String)], nextEvaluationOn: [expect.any(String)] } });
  });

  it("is amended: the period's end, an action's deadline and a new action, applied and kept in the history", async () => {
    const id = await makeActive(slug(), sw, clientId);
    const before = await contract(id);
    const [first] = before.actions;
    const goal = await db.contractGoal.findFirstOrThrow({ where: { contractId: id, position: 2 } });
    ok(
      await amendContract(sw.actor, slug(), {
        ...(await ref(id)),
        amendedOn: day(0),
        description: "Przedłużenie w związku z udziałem w KIS",
        periodEnd: day(240),
        ...Object.fromEntries(before.actions.map((a) => [`deadlines.${a.id}`, fromDbDate(a.deadline)])),
        [`deadlines.${first.id}`]: day(200),
        "newAction.description": "Udział w zajęciach KIS",
        "newAction.responsible": "INSTITUTION",
        "newAction.responsibleName": "Klub Integracji Społecznej",
        "newAction.deadline": day(230),
        "newAction.goal": goal.id,
      }),
    );
    const after = await contract(id);
    expect(fromDbDate(after.periodEnd)).toBe(day(240));
    expect(fromDbDate(after.actions[0].deadline)).toBe(day(200));
    expect(after.actions).toHaveLength(4);
    expect(after.actions[3]).toMatchObject({ position: 4, description: "Udział w zajęciach KIS", responsible: "INSTITUTION", goalId: goal.id });
    const amendment = await db.contractAmendment.findFirstOrThrow({ where: { contractId: id } });
    expect(amendment.changes).toEqual({
      periodEnd: { from: day(180), to: day(240) },
      [`action:${first.id}.deadline`]: { from: day(30), to: day(200) },
      [`action:${after.actions[3].id}`]: {
        from: null,
        to: { description: "Udział w zajęciach KIS", responsible: "INSTITUTION", responsibleName: "Klub Integracji Społecznej", deadline: day(230) },
      },
    });
    expect((await auditEvents(w.centre.id, "contract.amend")).map((e) => e.recordId)).toContain(id);
  });

  it("an amendment must change something, and every deadline must fit the period as amended", async () => {
    const id = await makeActive(slug(), sw, clientId);
    const before = await everything(id);
    const [, , third] = before.actions.sort((a, b) => a.position - b.position);
    const nothing = await amendContract(sw.actor, slug(), { ...(await ref(id)), amendedOn: day(0), description: "Bez zmian" });
    expect(nothing).toMatchObject({ ok: false, code: "invalid" });
    const shorter = await amendContract(sw.actor, slug(), { ...(await ref(id)), amendedOn: day(0), description: "Skrócenie", periodEnd: day(70) });
    expect(shorter).toMatchObject({ ok: false, fieldErrors: { [`deadlines.${third.id}`]: [expect.stringContaining("w okresie kontraktu")] } });
    expect(await everything(id)).toEqual(before);
  });

  it("is terminated only with a reason, and a described one when it is 'other'", async () => {
    const id = await makeActive(slug(), sw, clientId);
    expect(await terminateContract(sw.actor, slug(), { ...(await ref(id)), closedOn: day(0), reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Wybierz powód rozwiązania kontraktu."] },
    });
    expect(await terminateContract(sw.actor, slug(), { ...(await ref(id)), closedOn: day(0), reason: "OTHER", note: " " })).toMatchObject({
      ok: false,
      fieldErrors: { note: ["Opisz powód rozwiązania kontraktu."] },
    });
    expect((await contract(id)).status).toBe("ACTIVE");
    ok(await terminateContract(sw.actor, slug(), { ...(await ref(id)), closedOn: day(0), reason: "MOVED_AWAY" }));
    expect(await contract(id)).toMatchObject({ status: "TERMINATED", terminationReason: "MOVED_AWAY", nextEvaluationOn: null });
    expect((await auditEvents(w.centre.id, "contract.terminate")).map((e) => e.recordId)).toContain(id);
  });

  it("once closed is read-only: no evaluation, amendment, closing again or draft save", async () => {
    const id = await makeActive(slug(), sw, clientId);
    ok(await completeContract(sw.actor, slug(), { ...(await ref(id)), closedOn: day(0) }));
    expect(await contract(id)).toMatchObject({ status: "COMPLETED" });
    expect((await auditEvents(w.centre.id, "contract.complete")).map((e) => e.recordId)).toContain(id);
    const before = await everything(id);
    const ids = before.actions.map((a) => a.id);
    const attempts = [
      evaluateContract(sw.actor, slug(), {
        ...(await ref(id)),
        evaluatedOn: day(0),
        summary: "x",
        ...Object.fromEntries(ids.map((a) => [`progress.${a}.status`, "DONE"])),
      }),
      amendContract(sw.actor, slug(), { ...(await ref(id)), amendedOn: day(0), description: "x", periodEnd: day(300) }),
      completeContract(sw.actor, slug(), { ...(await ref(id)), closedOn: day(0) }),
      terminateContract(sw.actor, slug(), { ...(await ref(id)), closedOn: day(0), reason: "BREACHED" }),
      saveContractAssessment(sw.actor, slug(), { ...(await ref(id)), causes: "x" }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(await everything(id)).toEqual(before);
  });

  it("a draft is neither evaluated, amended nor closed", async () => {
    const id = await makeCompleteDraft(slug(), sw, clientId);
    const attempts = [
      evaluateContract(sw.actor, slug(), { ...(await ref(id)), evaluatedOn: day(0), summary: "x" }),
      amendContract(sw.actor, slug(), { ...(await ref(id)), amendedOn: day(0), description: "x", periodEnd: day(300) }),
      completeContract(sw.actor, slug(), { ...(await ref(id)), closedOn: day(0) }),
    ];
    for (const result of await Promise.all(attempts))
      expect(result).toMatchObject({ ok: false, code: "invalid", message: expect.stringContaining("nie został jeszcze podpisany") });
  });
});

describe("expiry", () => {
  it("expires only contracts in force whose period has ended, and audits each", async () => {
    const past = { period: { start: -60, end: -1 }, deadlines: [day(-50), day(-40), day(-30)], signedOn: day(-60), nextEvaluationOn: day(-30) };
    const ended = await makeActive(slug(), sw, clientId, past);
    const endsToday = await makeActive(slug(), sw, clientId, {
      period: { start: -60, end: 0 },
      deadlines: [day(-50), day(-40), day(0)],
      signedOn: day(-60),
      nextEvaluationOn: day(-30),
    });
    const draft = await makeCompleteDraft(slug(), sw, clientId, past);
    const terminated = await makeActive(slug(), sw, clientId, past);
    ok(await terminateContract(sw.actor, slug(), { ...(await ref(terminated)), closedOn: day(-2), reason: "REFUSED" }));

    const expired = await expireEndedContracts({ centreId: w.centre.id });
    expect(expired.map((c) => c.id)).toEqual([ended]);
    expect(await contract(ended)).toMatchObject({ status: "EXPIRED", nextEvaluationOn: null });
    expect(fromDbDate((await contract(ended)).closedOn!)).toBe(day(-1));
    expect((await contract(endsToday)).status).toBe("ACTIVE");
    expect((await contract(draft)).status).toBe("DRAFT");
    expect((await contract(terminated)).status).toBe("TERMINATED");
    expect((await auditEvents(w.centre.id, EXPIRE_AUDIT_ACTION)).map((e) => [e.recordId, e.actorId])).toEqual([[ended, null]]);
    // Run again: nothing more to do.
    expect(await expireEndedContracts({ centreId: w.centre.id })).toEqual([]);
  });
});

describe("my caseload", () => {
  it("lists, in each list, only the signed-in social worker's clients and contracts", async () => {
    // Two social workers of their own, so the other tests' contracts stay out of the lists.
    const sw = await makeMember(w.centre, "SOCIAL_WORKER", "Adrianna Nowak");
    const colleague = await makeMember(w.centre, "SOCIAL_WORKER", "Cecylia Kowalczyk");
    const mine = await makeClient(w.centre.id, { firstName: "Adam", lastName: "Mój", socialWorkerId: sw.user.id });
    const theirs = await makeClient(w.centre.id, { firstName: "Ewa", lastName: "Cudza", socialWorkerId: colleague.user.id });
    // Ends in 10 days, evaluation overdue since yesterday, one action past its deadline.
    const busy = { period: { start: -30, end: 10 }, deadlines: [day(-5), day(5), day(10)], signedOn: day(-30), nextEvaluationOn: day(-1) };
    const myContract = await makeActive(slug(), sw, mine.id, busy);
    const theirContract = await makeActive(slug(), colleague, theirs.id, busy);
    // A draft of mine with a deadline already past is no one's overdue action.
    await makeCompleteDraft(slug(), sw, mine.id, { period: busy.period, deadlines: busy.deadlines });

    const k = await myCaseload(await authoriseCentre(sw.actor, slug(), contractsPolicy.view));
    expect(k.clients.map((c) => c.id)).toEqual([mine.id]);
    expect(k.dueForEvaluation.map((c) => c.id)).toEqual([myContract]);
    expect(k.endingSoon.map((c) => c.id)).toEqual([myContract]);
    expect(k.overdueActions.map((a) => [a.contract.id, a.description])).toEqual([[myContract, "Działanie 1"]]);

    const theirsView = await myCaseload(await authoriseCentre(colleague.actor, slug(), contractsPolicy.view));
    expect(theirsView.dueForEvaluation.map((c) => c.id)).toEqual([theirContract]);
    expect(theirsView.overdueActions.map((a) => a.contract.id)).toEqual([theirContract]);
  });
});

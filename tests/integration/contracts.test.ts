// Social contracts: who may reach them (every action, loader and data function), numbering under
// concurrency, optimistic locking, validation and the PDF.
import { PDFParse } from "pdf-parse";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { amendContract } from "@/features/contracts/amendment-mutations";
import { myCaseload } from "@/features/contracts/caseload";
import { completeContract, terminateContract } from "@/features/contracts/close-mutations";
import { activeContractFor, contractSummary, getContract, getContractClient, listClientContracts, socialWorkerChoices } from "@/features/contracts/data";
import { createContract, saveContractAssessment, saveContractDetails, saveContractGoals, saveContractParties } from "@/features/contracts/draft-mutations";
import { evaluateContract } from "@/features/contracts/evaluation-mutations";
import { STALE_MESSAGE } from "@/features/contracts/labels";
import { contractPdf } from "@/features/contracts/pdf/contract-pdf";
import { contractsPolicy } from "@/features/contracts/policy";
import { signContract } from "@/features/contracts/sign-mutations";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { requireCentre } from "@/server/page-guard";
import { ALL_ROLES } from "@/server/roles";
import { authoriseCentre } from "@/server/tenant";
import { localDate } from "@/server/time";
import { auditEvents, makeCentre, makeMember, makeWorld } from "../factories";
import { day, detailsForm, goalsForm, makeActive, makeClient, makeCompleteDraft, makeDraft, ok, versionOf } from "./contract-helpers";

// Pages and the PDF route see the session through getActor; here it is stood in for, and the
// membership and role checks run for real.
let currentActor: Actor | null = null;
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
vi.mock("@/server/auth/session", () => ({ getActor: async () => currentActor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-razem-pathname": "/some-centre/staff/contracts" }) }));

const digestOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return "resolved";
  } catch (e) {
    return (e as { digest?: string; code?: string }).digest ?? (e as { code?: string }).code ?? String(e);
  }
};

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let clientId: string;
let draftId: string;
let activeId: string;
let worker: Awaited<ReturnType<typeof makeMember>>;

beforeAll(async () => {
  w = await makeWorld();
  worker = await makeMember(w.centre, "SOCIAL_WORKER", "Bożena Świątek");
  clientId = (await makeClient(w.centre.id, { socialWorkerId: worker.user.id })).id;
  draftId = await makeCompleteDraft(w.centre.slug, worker, clientId);
  activeId = await makeActive(w.centre.slug, worker, clientId, { variant: "A" });
});
beforeEach(() => {
  currentActor = null;
});

/** Everything the contract actions could change, to show that a refused one changed nothing. */
const snapshot = async () => {
  const where = { centreId: w.centre.id };
  return {
    contracts: await db.socialContract.findMany({ where, orderBy: { id: "asc" } }),
    parties: await db.contractParty.findMany({ where, orderBy: { id: "asc" } }),
    goals: await db.contractGoal.findMany({ where, orderBy: { id: "asc" } }),
    actions: await db.contractAction.findMany({ where, orderBy: { id: "asc" } }),
    evaluations: await db.contractEvaluation.findMany({ where, orderBy: { id: "asc" } }),
    amendments: await db.contractAmendment.findMany({ where, orderBy: { id: "asc" } }),
    sequences: await db.numberSequence.findMany({ where }),
  };
};

describe("every contract action refuses outsiders and weaker roles", () => {
  const draft = async () => ({ contractId: draftId, version: await versionOf(draftId) });
  const active = async () => ({ contractId: activeId, version: await versionOf(activeId) });
  const actionIds = async () => (await db.contractAction.findMany({ where: { contractId: activeId }, select: { id: true } })).map((a) => a.id);
  const cases = [
    ["draw up a contract", () => createContract, async () => ({ participantId: clientId, ...detailsForm() })],
    ["save the details", () => saveContractDetails, async () => ({ ...(await draft()), ...detailsForm({ place: "Przejęte" }) })],
    ["save the parties", () => saveContractParties, async () => ({ ...(await draft()), "institutions.0.name": "Przejęta instytucja" })],
    ["save the assessment", () => saveContractAssessment, async () => ({ ...(await draft()), causes: "Przejęte" })],
    ["save goals and actions", () => saveContractGoals, async () => goalsForm(draftId, await versionOf(draftId), { goals: ["Przejęty cel"] })],
    ["sign", () => signContract, async () => ({ ...(await draft()), signedOn: day(0), nextEvaluationOn: day(10) })],
    [
      "evaluate",
      () => evaluateContract,
      async () => ({
        ...(await active()),
        evaluatedOn: day(0),
        summary: "Ocena",
        ...Object.fromEntries((await actionIds()).map((id) => [`progress.${id}.status`, "DONE"])),
      }),
    ],
    ["amend", () => amendContract, async () => ({ ...(await active()), amendedOn: day(0), description: "Przedłużenie", periodEnd: day(200) })],
    ["complete", () => completeContract, async () => ({ ...(await active()), closedOn: day(0) })],
    ["terminate", () => terminateContract, async () => ({ ...(await active()), closedOn: day(0), reason: "REFUSED" })],
  ] as const;

  for (const [name, action, input] of cases) {
    it(`${name}: another centre's admin gets "not found", through either centre, and nothing changes`, async () => {
      const before = await snapshot();
      expect(await action()(w.otherAdmin.actor, w.centre.slug, await input())).toMatchObject({ ok: false, code: "not_found" });
      expect(await action()(w.otherAdmin.actor, w.other.slug, await input())).toMatchObject({ ok: false, code: "not_found" });
      expect(await snapshot()).toEqual(before);
    });

    for (const role of ["coordinator", "volunteer"] as const) {
      it(`${name}: a ${role} is refused, nothing changes`, async () => {
        const before = await snapshot();
        expect(await action()(w[role].actor, w.centre.slug, await input())).toMatchObject({ ok: false, code: "forbidden" });
        expect(await snapshot()).toEqual(before);
      });
    }

    it(`${name}: without a session it is refused`, async () => {
      expect(await action()(null, w.centre.slug, await input())).toMatchObject({ ok: false, code: "unauthenticated" });
    });
  }
});

describe("every contract page and data function refuses outsiders and weaker roles", () => {
  const pages = Object.entries(contractsPolicy).filter(([name]) => name !== "summary");

  it.each(pages)("the %s pages answer 404 to another centre and 403 to a coordinator or volunteer", async (_, allowed) => {
    currentActor = w.otherAdmin.actor;
    expect(await digestOf(requireCentre(w.centre.slug, allowed))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    for (const member of [w.coordinator, w.volunteer]) {
      currentActor = member.actor;
      expect(await digestOf(requireCentre(w.centre.slug, allowed))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
    currentActor = worker.actor;
    expect(await requireCentre(w.centre.slug, allowed)).toMatchObject({ id: w.centre.id });
  });

  const reads = [
    ["getContract", (c: Parameters<typeof getContract>[0]) => getContract(c, activeId)],
    ["getContractClient", (c: Parameters<typeof getContract>[0]) => getContractClient(c, clientId)],
    ["listClientContracts", (c: Parameters<typeof getContract>[0]) => listClientContracts(c, clientId)],
    ["activeContractFor", (c: Parameters<typeof getContract>[0]) => activeContractFor(c, clientId, day(1))],
    ["contractSummary", (c: Parameters<typeof getContract>[0]) => contractSummary(c, activeId)],
    ["contractPdf", (c: Parameters<typeof getContract>[0]) => contractPdf(c, activeId)],
  ] as const;

  it.each(reads)("%s finds nothing of this centre for another centre's admin", async (_, read) => {
    const theirs = await authoriseCentre(w.otherAdmin.actor, w.other.slug, ALL_ROLES);
    const result = await read(theirs);
    expect(result === null || (Array.isArray(result) && result.length === 0)).toBe(true);
  });

  it.each([...reads, ["myCaseload", (c: Parameters<typeof getContract>[0]) => myCaseload(c)], ["socialWorkerChoices", socialWorkerChoices]] as const)(
    "%s refuses a coordinator and a volunteer even with the centre authorised for another page",
    async (name, read) => {
      for (const member of [w.coordinator, w.volunteer]) {
        const centre = await authoriseCentre(member.actor, w.centre.slug, ALL_ROLES);
        // A coordinator may see that a referral rests on a contract in force (number and period only).
        if (member === w.coordinator && (name === "activeContractFor" || name === "contractSummary")) {
          await expect(read(centre)).resolves.toBeTruthy();
          continue;
        }
        await expect(read(centre)).rejects.toMatchObject({ code: "forbidden" });
      }
    },
  );

  it("the social worker reads the contract with its parts", async () => {
    const centre = await authoriseCentre(worker.actor, w.centre.slug, contractsPolicy.view);
    const contract = await getContract(centre, activeId);
    expect(contract).toMatchObject({ status: "ACTIVE", variant: "A", participant: { id: clientId } });
    expect(contract?.goals.map((g) => g.text)).toEqual(["Podniesienie kwalifikacji", "Znalezienie pracy"]);
    expect(contract?.actions).toHaveLength(3);
    // The client's ordinary data only: nothing of ParticipantSensitive.
    expect(Object.keys(contract!.participant)).not.toContain("sensitive");
    expect(await getContract(centre, "not-a-uuid")).toBeNull();
    const summary = await activeContractFor(centre, clientId, day(1));
    expect(summary).toMatchObject({ id: activeId, status: "ACTIVE" });
    expect(await activeContractFor(centre, clientId, day(400))).toBeNull();
  });
});

describe("numbers", () => {
  it("20 contracts drawn up at once in one centre get 20 distinct, consecutive numbers of this year", async () => {
    const centre = await makeCentre("Ośrodek Numerów");
    const sw = await makeMember(centre, "SOCIAL_WORKER");
    const client = await makeClient(centre.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => createContract(sw.actor, centre.slug, { participantId: client.id, ...detailsForm({ variant: "A" }) })),
    );
    const made = results.map(ok);
    const year = Number(localDate(new Date()).slice(0, 4));
    expect(made.every((c) => c.year === year)).toBe(true);
    expect(made.map((c) => c.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await auditEvents(centre.id, "contract.create")).toHaveLength(20);
  });

  it("each centre counts on its own", async () => {
    const otherClient = await makeClient(w.other.id);
    const theirs = ok(await createContract(w.otherAdmin.actor, w.other.slug, { participantId: otherClient.id, ...detailsForm() }));
    expect(theirs.number).toBe(1);
  });
});

describe("two people editing the same draft", () => {
  it("the second save, made from the same version, is refused and changes nothing", async () => {
    const { id } = await makeDraft(w.centre.slug, worker, clientId);
    const version = await versionOf(id);
    ok(await saveContractAssessment(worker.actor, w.centre.slug, { contractId: id, version, causes: "Pierwsza wersja" }));
    const before = await snapshot();
    const stale = await saveContractAssessment(w.admin.actor, w.centre.slug, { contractId: id, version, causes: "Druga wersja" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", message: STALE_MESSAGE });
    expect(await snapshot()).toEqual(before);
    // Any part's save moves the version on, so a stale save of another part is refused too.
    expect(await saveContractGoals(w.admin.actor, w.centre.slug, goalsForm(id, version))).toMatchObject({ ok: false, code: "conflict" });
    expect(await versionOf(id)).toBe(version + 1);
  });

  it("of two saves at the same moment from one version, exactly one is written", async () => {
    const { id } = await makeDraft(w.centre.slug, worker, clientId);
    const version = await versionOf(id);
    const results = await Promise.all(
      ["Pierwsza", "Druga"].map((causes, i) => saveContractAssessment([worker, w.admin][i].actor, w.centre.slug, { contractId: id, version, causes })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: "conflict", message: STALE_MESSAGE }]);
    expect(await versionOf(id)).toBe(version + 1);
  });
});

describe("bad input", () => {
  it("a period ending before it starts: a Polish message on the end date, nothing saved", async () => {
    const before = await snapshot();
    const result = await createContract(worker.actor, w.centre.slug, {
      participantId: clientId,
      ...detailsForm({ periodStart: day(10), periodEnd: day(5), variant: "" }),
    });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({ periodEnd: ["Koniec okresu nie może być wcześniejszy niż jego początek."], variant: [expect.any(String)] });
    expect(await snapshot()).toEqual(before);
  });

  it("an action's deadline outside the period: a message next to that deadline, nothing saved", async () => {
    const { id } = await makeDraft(w.centre.slug, worker, clientId, {}, { start: 0, end: 90 });
    const before = await snapshot();
    const result = await saveContractGoals(worker.actor, w.centre.slug, goalsForm(id, await versionOf(id), { deadlines: [day(30), day(91), day(-1)] }));
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(["actions.1.deadline", "actions.2.deadline"]);
    expect(result.fieldErrors?.["actions.1.deadline"]?.[0]).toMatch(/^Termin musi przypadać w okresie kontraktu: \d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}\.$/);
    expect(await snapshot()).toEqual(before);
  });

  it("a named institution or family member must be named; blank rows are ignored; messages keep the form's row numbers", async () => {
    const { id } = await makeDraft(w.centre.slug, worker, clientId, { variant: "A" });
    const form = {
      ...goalsForm(id, await versionOf(id)),
      "actions.1.description": "",
      "actions.1.responsibleName": "",
      "actions.1.deadline": "",
      "actions.2.responsibleName": "",
      "actions.2.goal": "nieznany-cel",
    };
    const result = await saveContractGoals(worker.actor, w.centre.slug, form);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "actions.2.responsibleName": ["Podaj nazwę instytucji."], "actions.2.goal": [expect.any(String)] },
    });
  });

  it("a period change that would leave an action's deadline outside is refused", async () => {
    const id = await makeCompleteDraft(w.centre.slug, worker, clientId);
    const result = await saveContractDetails(worker.actor, w.centre.slug, {
      contractId: id,
      version: await versionOf(id),
      ...detailsForm({ periodEnd: day(45) }),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { periodEnd: [expect.stringContaining("„Działanie 2”")] } });
  });

  it("variant B has no family members", async () => {
    const { id } = await makeDraft(w.centre.slug, worker, clientId);
    const result = await saveContractParties(worker.actor, w.centre.slug, {
      contractId: id,
      version: await versionOf(id),
      "family.0.name": "Jan",
      "family.0.role": "syn",
    });
    expect(result).toMatchObject({ ok: false, code: "validation" });
  });
});

describe("the PDF", () => {
  it("renders the contract for signatures, with the parties' names and Polish letters intact, and is audited", async () => {
    const client = await makeClient(w.centre.id, { firstName: "Świętosława", lastName: "Żółćkiewicz" });
    const id = await makeActive(w.centre.slug, worker, client.id, { variant: "A" });
    const contract = await db.socialContract.findFirstOrThrow({ where: { id } });
    currentActor = worker.actor;
    const { GET } = await import("@/app/(staff)/[centre]/staff/contracts/[contractId]/pdf/route");
    const response = await GET(new Request("http://localhost/pdf"), { params: Promise.resolve({ centre: w.centre.slug, contractId: id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="kontrakt-socjalny-${contract.number}-${contract.year}.pdf"`);
    const { text } = await new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) }).getText();
    const flat = text.replace(/\s+/g, " ");
    for (const expected of [
      `KONTRAKT SOCJALNY nr ${contract.number}/${contract.year}`,
      "Pani Świętosława Żółćkiewicz",
      "Bożena Świątek",
      "Łucja Gęślak – córka",
      "podpis członka rodziny: Łucja Gęślak",
      "Powiatowy Urząd Pracy w Janowie Lubelskim",
      "zostałam pouczona",
    ]) {
      expect(flat).toContain(expected);
    }
    expect((await auditEvents(w.centre.id, "contract.pdf")).map((e) => e.recordId)).toContain(id);
  });

  it("the PDF route answers 404 to another centre and 403 to a coordinator or volunteer", async () => {
    const { GET } = await import("@/app/(staff)/[centre]/staff/contracts/[contractId]/pdf/route");
    const get = () => GET(new Request("http://localhost/pdf"), { params: Promise.resolve({ centre: w.centre.slug, contractId: activeId }) });
    currentActor = w.otherAdmin.actor;
    expect(await digestOf(get())).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    for (const member of [w.coordinator, w.volunteer]) {
      currentActor = member.actor;
      expect(await digestOf(get())).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
  });
});

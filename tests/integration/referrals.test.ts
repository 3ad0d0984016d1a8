import { beforeAll, describe, expect, it } from "vitest";
import { referClient } from "@/features/referrals/mutations";
import { incomingReferrals } from "@/features/referrals/data";
import { db } from "@/server/db";
import { dbDate } from "@/server/time";
import { authoriseCentre } from "@/server/tenant";
import { auditEvents, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let contractId: string;
let draftContractId: string;
let editionId: string;
let groupId: string;
let programmeId: string;
let kisClubId: string;
let participantId: string;
let otherContractId: string;
let otherEditionId: string;

let seq = 0;
async function participant(centreId: string, last: string) {
  return db.participant.create({ data: { centreId, firstName: "Ewa", lastName: last, searchName: last.toLowerCase(), phone: "600 000 000" } });
}
async function contract(centreId: string, participantId: string, socialWorkerId: string, status: "ACTIVE" | "DRAFT") {
  return db.socialContract.create({
    data: {
      centreId,
      participantId,
      socialWorkerId,
      number: ++seq,
      year: 2026,
      variant: "B",
      status,
      periodStart: dbDate("2026-01-01"),
      periodEnd: dbDate("2026-12-31"),
    },
  });
}
async function kis(centreId: string) {
  const club = await db.offer.create({
    data: { centreId, type: "CLUB", clubKind: "KIS", slug: `kis-${Math.random().toString(36).slice(2)}`, name: "Klub Integracji Społecznej" },
  });
  const edition = await db.kisEdition.create({
    data: { centreId, offerId: club.id, number: 6, capacity: 18, status: "RECRUITING", startsOn: dbDate("2026-03-01"), endsOn: dbDate("2026-10-31") },
  });
  return { club, edition };
}

beforeAll(async () => {
  w = await makeWorld();
  const p = await participant(w.centre.id, "Skierowana");
  participantId = p.id;
  contractId = (await contract(w.centre.id, p.id, w.socialWorker.user.id, "ACTIVE")).id;
  draftContractId = (await contract(w.centre.id, (await participant(w.centre.id, "Robocza")).id, w.socialWorker.user.id, "DRAFT")).id;
  const k = await kis(w.centre.id);
  editionId = k.edition.id;
  kisClubId = k.club.id;
  groupId = (await db.offer.create({ data: { centreId: w.centre.id, type: "GROUP", slug: "grupa", name: "Grupa wsparcia" } })).id;
  programmeId = (await db.offer.create({ data: { centreId: w.centre.id, type: "PROGRAMME", programmeKind: "PROGRAMME", slug: "program", name: "Program" } }))
    .id;
  const otherWorker = await db.membership.findFirstOrThrow({ where: { centreId: w.other.id } });
  otherContractId = (await contract(w.other.id, (await participant(w.other.id, "Obca")).id, otherWorker.userId, "ACTIVE")).id;
  otherEditionId = (await kis(w.other.id)).edition.id;
});

const toEdition = (id = editionId) => `edition:${id}`;

describe("referring a client", () => {
  it("refuses another centre, coordinators, volunteers and no session", async () => {
    const input = { contractId, target: toEdition(), startOn: "2026-04-01" };
    expect(await referClient(w.otherAdmin.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await referClient(w.coordinator.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await referClient(w.volunteer.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await referClient(null, w.centre.slug, input)).toMatchObject({ ok: false, code: "unauthenticated" });
    // Another centre's contract or edition, named through this centre, is not found.
    expect(await referClient(w.socialWorker.actor, w.centre.slug, { ...input, contractId: otherContractId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await referClient(w.socialWorker.actor, w.centre.slug, { ...input, target: toEdition(otherEditionId) })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db.enrolment.count({ where: { participantId } })).toBe(0);
  });

  it("to a KIS edition needs a contract in force on the start date, inside the edition", async () => {
    const outsideContract = await referClient(w.socialWorker.actor, w.centre.slug, { contractId, target: toEdition(), startOn: "2027-01-10" });
    expect(outsideContract).toMatchObject({ ok: false, fieldErrors: { startOn: [expect.stringMatching(/Kontrakt socjalny obowiązuje/)] } });
    const outsideEdition = await referClient(w.socialWorker.actor, w.centre.slug, { contractId, target: toEdition(), startOn: "2026-11-20" });
    expect(outsideEdition).toMatchObject({ ok: false, fieldErrors: { startOn: [expect.stringMatching(/edycja KIS trwa/)] } });
    expect(await referClient(w.socialWorker.actor, w.centre.slug, { contractId: draftContractId, target: toEdition(), startOn: "2026-04-01" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("creates a referral once, audited; a second one to the same edition is refused", async () => {
    const ok = await referClient(w.socialWorker.actor, w.centre.slug, {
      contractId,
      target: toEdition(),
      startOn: "2026-04-01",
      note: "Chce zacząć od kwietnia.",
    });
    expect(ok.ok).toBe(true);
    const enrolment = await db.enrolment.findFirstOrThrow({ where: { participantId, editionId } });
    expect(enrolment).toMatchObject({ status: "REFERRED", contractId, offerId: kisClubId, referredById: w.socialWorker.user.id });
    expect((await auditEvents(w.centre.id, "enrolment.refer")).some((e) => e.recordId === enrolment.id)).toBe(true);
    expect(await referClient(w.socialWorker.actor, w.centre.slug, { contractId, target: toEdition(), startOn: "2026-05-01" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("to a club or group; never to a programme or straight to the KIS club", async () => {
    expect((await referClient(w.admin.actor, w.centre.slug, { contractId, target: `offer:${groupId}`, startOn: "2026-02-01" })).ok).toBe(true);
    expect(await referClient(w.admin.actor, w.centre.slug, { contractId, target: `offer:${programmeId}`, startOn: "2026-02-01" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await referClient(w.admin.actor, w.centre.slug, { contractId, target: `offer:${kisClubId}`, startOn: "2026-02-01" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("answers a missing target and a bad date in Polish", async () => {
    const bad = await referClient(w.socialWorker.actor, w.centre.slug, { contractId, target: "", startOn: "31.02.2026" });
    expect(bad).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { target: ["Wybierz, dokąd kierujesz klienta."], startOn: ["Podaj prawdziwą datę, np. 11.11.2026."] },
    });
  });
});

describe("coordinators' list of incoming referrals", () => {
  it("shows referred people with name, contact and contract end only, and nothing of another centre", async () => {
    await db.participantSensitive.create({ data: { centreId: w.centre.id, participantId, groups: ["ALCOHOL_ADDICTION"], notes: "tajne" } });
    const list = await incomingReferrals(await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]));
    expect(list.length).toBeGreaterThan(0);
    for (const r of list) {
      expect(Object.keys(r.participant).sort()).toEqual(["email", "firstName", "lastName", "phone"]);
      expect(Object.keys(r.contract ?? {})).toEqual(["periodEnd"]);
    }
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/ALCOHOL|tajne|Obca/);
  });
});

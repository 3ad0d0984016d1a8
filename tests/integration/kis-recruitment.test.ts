import { beforeAll, describe, expect, it } from "vitest";
import { recruitmentBoard } from "@/features/recruitment/data";
import { acceptReferral, declineReferral, waitlistReferral } from "@/features/recruitment/mutations";
import { contractInForce, lockEdition, promoteFromWaitlist } from "@/features/recruitment/places";
import { db } from "@/server/db";
import { dbDate, fromDbDate, localDate } from "@/server/time";
import { authoriseCentre } from "@/server/tenant";
import { auditEvents, makeWorld } from "../factories";
import { day, makeEdition, makeEnrolment, ok } from "./kis-recruitment-helpers";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

beforeAll(async () => {
  w = await makeWorld();
});

const statusOf = async (id: string) => (await db.enrolment.findFirstOrThrow({ where: { id }, select: { status: true } })).status;

describe("who may decide on referrals", () => {
  it("refuses another centre, a social worker, a volunteer and no session, for every decision", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    const e = await makeEnrolment(w.centre.id, edition, "REFERRED");
    const input = { editionId: edition.id, enrolmentId: e.id, reason: "Brak miejsc" };
    for (const action of [acceptReferral, waitlistReferral, declineReferral]) {
      expect(await action(w.otherAdmin.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await action(w.socialWorker.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await action(w.volunteer.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await action(null, w.centre.slug, input)).toMatchObject({ ok: false, code: "unauthenticated" });
      // Another centre's admin acting in their own centre cannot reach this centre's edition.
      expect(await action(w.otherAdmin.actor, w.other.slug, input)).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await statusOf(e.id)).toBe("REFERRED");
  });

  it("the board is for KIS staff only, and shows no special-category data", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    const e = await makeEnrolment(w.centre.id, edition, "REFERRED");
    await db.participantSensitive.create({ data: { centreId: w.centre.id, participantId: e.participantId, groups: ["ALCOHOL_ADDICTION"], notes: "tajne" } });
    const worker = await authoriseCentre(w.socialWorker.actor, w.centre.slug, ["SOCIAL_WORKER"]);
    await expect(recruitmentBoard(worker, edition.id)).rejects.toMatchObject({ code: "forbidden" });
    const coordinator = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    const board = await recruitmentBoard(coordinator, edition.id);
    expect(board.referred.map((r) => r.id)).toEqual([e.id]);
    expect(board.referred[0].referredBy).toBeTruthy();
    expect(JSON.stringify(board)).not.toMatch(/ALCOHOL|tajne/);
    const other = await authoriseCentre(w.otherAdmin.actor, w.other.slug, ["ADMIN"]);
    expect(await recruitmentBoard(other, edition.id)).toMatchObject({ taken: 0, referred: [], waitlist: [] });
  });
});

describe("accepting a referral", () => {
  it("takes a place with an individual period from the proposed start to the contract's end, audited", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    const e = await makeEnrolment(w.centre.id, edition, "REFERRED", { contractDays: 40 });
    const result = ok(await acceptReferral(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id }));
    expect(result.period).toEqual({ start: day(7), end: day(40) });
    const row = await db.enrolment.findFirstOrThrow({ where: { id: e.id } });
    expect(row.status).toBe("ENROLLED");
    expect(fromDbDate(row.periodStart!)).toBe(day(7));
    expect(fromDbDate(row.periodEnd!)).toBe(day(40));
    expect((await auditEvents(w.centre.id, "enrolment.accept")).some((a) => a.recordId === e.id)).toBe(true);
    // Twice is refused.
    expect(await acceptReferral(w.admin.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("refuses when full, in Polish, offering the waitlist", async () => {
    const edition = await makeEdition(w.centre.id, 1);
    await makeEnrolment(w.centre.id, edition, "ENROLLED");
    const e = await makeEnrolment(w.centre.id, edition, "REFERRED");
    const full = await acceptReferral(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id });
    expect(full).toMatchObject({ ok: false, code: "conflict", message: expect.stringMatching(/Wszystkie miejsca są zajęte \(1 z 1\).*listy rezerwowej/) });
    expect(await statusOf(e.id)).toBe("REFERRED");
  });

  it("refuses a referral of another edition and a finished edition", async () => {
    const a = await makeEdition(w.centre.id, 5);
    const b = await makeEdition(w.centre.id, 5, "FINISHED");
    const e = await makeEnrolment(w.centre.id, b, "REFERRED");
    expect(await acceptReferral(w.coordinator.actor, w.centre.slug, { editionId: a.id, enrolmentId: e.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await acceptReferral(w.coordinator.actor, w.centre.slug, { editionId: b.id, enrolmentId: e.id })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("20 coordinators accepting at once for the last 2 places enrol exactly 2", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    for (let i = 0; i < 3; i++) await makeEnrolment(w.centre.id, edition, "ENROLLED");
    const referred = await Promise.all(Array.from({ length: 20 }, () => makeEnrolment(w.centre.id, edition, "REFERRED")));
    const results = await Promise.all(
      referred.map((e, i) => acceptReferral(i % 2 ? w.coordinator.actor : w.admin.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "conflict" && /Wszystkie miejsca/.test(r.message))).toBe(true);
    expect(await db.enrolment.count({ where: { editionId: edition.id, status: "ENROLLED" } })).toBe(5);
  });
});

describe("the waitlist", () => {
  it("takes people only when the edition is full, in the order they were put on it", async () => {
    const edition = await makeEdition(w.centre.id, 1);
    const [a, b] = [await makeEnrolment(w.centre.id, edition, "REFERRED"), await makeEnrolment(w.centre.id, edition, "REFERRED")];
    expect(await waitlistReferral(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: a.id })).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringMatching(/wolne miejsca/),
    });
    await makeEnrolment(w.centre.id, edition, "ENROLLED");
    // b first, then a: the waitlist keeps this order, not the order of referral.
    ok(await waitlistReferral(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: b.id }));
    ok(await waitlistReferral(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: a.id }));
    const board = await recruitmentBoard(await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]), edition.id);
    expect(board.waitlist.map((p) => p.id)).toEqual([b.id, a.id]);
    expect(board.referred).toEqual([]);
    expect(board.taken).toBe(1);
  });

  it("moves up in order when places free, passing over someone whose contract has ended", async () => {
    const edition = await makeEdition(w.centre.id, 3);
    const t = (s: number) => new Date(Date.now() - 100_000 + s * 1000);
    // Created in another order than they were waitlisted, so the order comes from waitlistedAt.
    const third = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: t(3) });
    const lapsed = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: t(0), contractDays: -1 });
    const second = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: t(2) });
    const first = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: t(1) });
    await makeEnrolment(w.centre.id, edition, "ENROLLED");
    // Two places free (3 − 1): the first two in order with a contract in force.
    const promoted = await db.$transaction(async (tx) => promoteFromWaitlist(tx, w.centre.id, await lockEdition(tx, w.centre.id, edition.id), day(0)));
    expect(promoted.map((p) => p.enrolmentId)).toEqual([first.id, second.id]);
    expect(await statusOf(first.id)).toBe("ENROLLED");
    expect(await statusOf(second.id)).toBe("ENROLLED");
    expect(await statusOf(third.id)).toBe("WAITLISTED");
    expect(await statusOf(lapsed.id)).toBe("WAITLISTED");
    const row = await db.enrolment.findFirstOrThrow({ where: { id: first.id } });
    expect(fromDbDate(row.periodStart!)).toBe(day(7));
  });
});

describe("the waitlist's order cannot be jumped", () => {
  it("accepts only the first person on the waitlist who can be accepted; the board offers „Przyjmij” only there", async () => {
    const edition = await makeEdition(w.centre.id, 3);
    const t = (s: number) => new Date(Date.now() - 100_000 + s * 1000);
    await makeEnrolment(w.centre.id, edition, "ENROLLED");
    // First on the list, but their contract has ended: passed over, as when the waitlist moves up.
    const lapsed = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: t(0), contractDays: -1, lastName: "Wygasła" });
    const first = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: t(1), lastName: "Pierwsza" });
    const second = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: t(2), lastName: "Druga" });
    const referred = await makeEnrolment(w.centre.id, edition, "REFERRED", { lastName: "Skierowana" });
    const input = (e: { id: string }) => ({ editionId: edition.id, enrolmentId: e.id });
    const coordinator = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    const board = await recruitmentBoard(coordinator, edition.id);
    expect(board.firstInLine).toBe("Ewa Pierwsza");
    expect([...board.waitlist, ...board.referred].filter((p) => p.mayAccept).map((p) => p.id)).toEqual([first.id]);
    for (const e of [referred, second]) {
      expect(await acceptReferral(w.coordinator.actor, w.centre.slug, input(e))).toMatchObject({
        ok: false,
        code: "conflict",
        message: expect.stringMatching(/pierwsza w kolejności jest osoba Ewa Pierwsza/),
      });
    }
    expect(await acceptReferral(w.coordinator.actor, w.centre.slug, input(lapsed))).toMatchObject({ ok: false, code: "conflict" });
    ok(await acceptReferral(w.coordinator.actor, w.centre.slug, input(first)));
    // Now the second is first in line.
    expect(await acceptReferral(w.coordinator.actor, w.centre.slug, input(referred))).toMatchObject({ ok: false, message: expect.stringMatching(/Ewa Druga/) });
    ok(await acceptReferral(w.coordinator.actor, w.centre.slug, input(second)));
    expect(await statusOf(referred.id)).toBe("REFERRED");
    // With no one on the waitlist who could be accepted, referrals may be: the lapsed one holds nobody back.
    await db.kisEdition.update({ where: { centreId_id: { centreId: w.centre.id, id: edition.id } }, data: { capacity: 4 } });
    const after = await recruitmentBoard(coordinator, edition.id);
    expect(after.firstInLine).toBeNull();
    expect(after.referred.map((p) => p.mayAccept)).toEqual([true]);
    ok(await acceptReferral(w.coordinator.actor, w.centre.slug, input(referred)));
  });
});

describe("a contract in force, one rule for accepting and moving up", () => {
  it("is active, begun and not ended", () => {
    const c = (status: string, from: number, to: number) => ({ status, periodStart: dbDate(day(from)), periodEnd: dbDate(day(to)) });
    expect(contractInForce(null, day(0))).toBe(true);
    expect(contractInForce(c("ACTIVE", -1, 1), day(0))).toBe(true);
    expect(contractInForce(c("ACTIVE", 0, 0), day(0))).toBe(true);
    expect(contractInForce(c("ACTIVE", 1, 30), day(0))).toBe(false);
    expect(contractInForce(c("ACTIVE", -30, -1), day(0))).toBe(false);
    expect(contractInForce(c("TERMINATED", -1, 1), day(0))).toBe(false);
  });

  it("accepting refuses a contract that has not begun yet, as the waitlist passes it over", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    const e = await makeEnrolment(w.centre.id, edition, "REFERRED");
    const { contractId } = await db.enrolment.findFirstOrThrow({ where: { id: e.id }, select: { contractId: true } });
    await db.socialContract.update({ where: { centreId_id: { centreId: w.centre.id, id: contractId! } }, data: { periodStart: dbDate(day(3)) } });
    expect(await acceptReferral(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id })).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringMatching(/nie obowiązuje/),
    });
    expect(await statusOf(e.id)).toBe("REFERRED");
  });
});

describe("the centre's own time zone", () => {
  it("an accepted period starts on the centre's today, not Warsaw's", async () => {
    // A zone whose date differs from Warsaw's right now (one of the two always does).
    const zone = ["Pacific/Kiritimati", "Pacific/Pago_Pago"].find((z) => localDate(new Date(), z) !== localDate(new Date()))!;
    const far = await makeWorld();
    await db.centre.update({ where: { id: far.centre.id }, data: { timeZone: zone } });
    const edition = await makeEdition(far.centre.id, 5);
    // Proposed to start in the past: the period starts today, in the centre's zone.
    const e = await makeEnrolment(far.centre.id, edition, "REFERRED", { periodStart: day(-5) });
    const result = ok(await acceptReferral(far.coordinator.actor, far.centre.slug, { editionId: edition.id, enrolmentId: e.id }));
    expect(result.period.start).toBe(localDate(new Date(), zone));
  });
});

describe("declining a referral", () => {
  it("needs a reason, and keeps it", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    const e = await makeEnrolment(w.centre.id, edition, "REFERRED");
    expect(await declineReferral(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id, reason: "  " })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { reason: ["Podaj powód odmowy."] },
    });
    ok(await declineReferral(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id, reason: "Osoba zrezygnowała przed startem." }));
    expect(await db.enrolment.findFirstOrThrow({ where: { id: e.id } })).toMatchObject({
      status: "DECLINED",
      declineReason: "Osoba zrezygnowała przed startem.",
    });
    expect((await auditEvents(w.centre.id, "enrolment.decline")).some((a) => a.recordId === e.id)).toBe(true);
  });
});

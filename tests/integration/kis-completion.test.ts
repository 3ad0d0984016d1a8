import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { editionParticipants, participantDetail } from "@/features/completion/data";
import { addOutcome, changePeriod, leaveEdition, removeOutcome } from "@/features/completion/mutations";
import { certificateData, certificatePdf } from "@/features/completion/pdf/certificate-pdf";
import { participantTally } from "@/features/attendance/rates";
import { db } from "@/server/db";
import { formatCalendarDate } from "@/components/ui/format";
import { dbDate, fromDbDate, localDate, zonedInstant } from "@/server/time";
import { authoriseCentre } from "@/server/tenant";
import { auditEvents, makeWorld } from "../factories";
import { day, makeEdition, makeEnrolment, ok } from "./kis-recruitment-helpers";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const year = Number(day(0).slice(0, 4));

beforeAll(async () => {
  w = await makeWorld();
});

const coordinatorCentre = () => authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
const rowOf = (id: string) => db.enrolment.findFirstOrThrow({ where: { id } });

async function session(centreId: string, edition: { id: string; offerId: string }, daysAgo: number, topic: string, leader: string) {
  return db.session.create({
    data: {
      centreId,
      offerId: edition.offerId,
      editionId: edition.id,
      kind: "WORKSHOP",
      startsAt: zonedInstant(day(-daysAgo), "09:00"),
      endsAt: zonedInstant(day(-daysAgo), "15:00"),
      topic,
      leader,
      status: "HELD",
    },
  });
}

describe("who may keep participants", () => {
  it("refuses another centre, a social worker, a volunteer and no session, for every action and loader", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    const e = await makeEnrolment(w.centre.id, edition, "ENROLLED");
    const base = { editionId: edition.id, enrolmentId: e.id };
    const inputs = [
      [changePeriod, { ...base, start: day(-10), end: day(10) }],
      [leaveEdition, { ...base, reason: "COMPLETED", leftOn: day(0) }],
      [addOutcome, { ...base, kind: "EMPLOYMENT", achievedOn: day(0) }],
      [removeOutcome, { ...base, outcomeId: e.id }],
    ] as const;
    for (const [action, input] of inputs) {
      expect(await action(w.otherAdmin.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await action(w.otherAdmin.actor, w.other.slug, input)).toMatchObject({ ok: false, code: "not_found" });
      expect(await action(w.socialWorker.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await action(w.volunteer.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await action(null, w.centre.slug, input)).toMatchObject({ ok: false, code: "unauthenticated" });
    }
    expect((await rowOf(e.id)).status).toBe("ENROLLED");
    const worker = await authoriseCentre(w.socialWorker.actor, w.centre.slug, ["SOCIAL_WORKER"]);
    await expect(editionParticipants(worker, edition.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(participantDetail(worker, edition.id, e.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(certificateData(worker, edition.id, e.id)).rejects.toMatchObject({ code: "forbidden" });
    const other = await authoriseCentre(w.otherAdmin.actor, w.other.slug, ["ADMIN"]);
    expect(await editionParticipants(other, edition.id)).toEqual([]);
    expect(await participantDetail(other, edition.id, e.id)).toBeNull();
  });
});

describe("the participants list", () => {
  it("shows enrolled then former participants with period and attendance rate, never special-category data", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    const a = await makeEnrolment(w.centre.id, edition, "ENROLLED", { lastName: "Łukasiewicz" });
    const b = await makeEnrolment(w.centre.id, edition, "ENROLLED", { lastName: "Lis" });
    await makeEnrolment(w.centre.id, edition, "COMPLETED", { lastName: "Adamska" });
    await makeEnrolment(w.centre.id, edition, "REFERRED", { lastName: "Skierowana" });
    await db.participantSensitive.create({ data: { centreId: w.centre.id, participantId: a.participantId, groups: ["MENTAL_DISORDER"], notes: "tajne" } });
    const [s1, s2] = [await session(w.centre.id, edition, 5, "Psycholog", "psycholog"), await session(w.centre.id, edition, 3, "Dietetyk", "dietetyk")];
    await db.attendance.createMany({
      data: [
        { centreId: w.centre.id, sessionId: s1.id, participantId: a.participantId, status: "PRESENT", markedById: w.coordinator.user.id },
        { centreId: w.centre.id, sessionId: s2.id, participantId: a.participantId, status: "ABSENT", markedById: w.coordinator.user.id },
        { centreId: w.centre.id, sessionId: s1.id, participantId: b.participantId, status: "PRESENT", markedById: w.coordinator.user.id },
      ],
    });
    const list = await editionParticipants(await coordinatorCentre(), edition.id);
    // Ł after L (Polish order); the former participant after the enrolled; the referral not at all.
    expect(list.map((p) => p.participant.lastName)).toEqual(["Lis", "Łukasiewicz", "Adamska"]);
    expect(list.map((p) => p.rate)).toEqual([100, 50, null]);
    expect(JSON.stringify(list)).not.toMatch(/MENTAL|tajne/);
  });
});

describe("the individual period", () => {
  it("stays inside the edition and the contract", async () => {
    const edition = await makeEdition(w.centre.id, 5);
    const e = await makeEnrolment(w.centre.id, edition, "ENROLLED", { contractDays: 60 });
    const base = { editionId: edition.id, enrolmentId: e.id };
    expect(await changePeriod(w.coordinator.actor, w.centre.slug, { ...base, start: day(-61), end: day(10) })).toMatchObject({
      ok: false,
      fieldErrors: { start: [expect.stringMatching(/Edycja zaczyna się/)] },
    });
    expect(await changePeriod(w.coordinator.actor, w.centre.slug, { ...base, start: day(-10), end: day(61) })).toMatchObject({
      ok: false,
      fieldErrors: { end: [expect.stringMatching(/Kontrakt socjalny obowiązuje do/)] },
    });
    expect(await changePeriod(w.coordinator.actor, w.centre.slug, { ...base, start: day(10), end: day(5) })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { end: ["Zakończenie nie może być przed rozpoczęciem."] },
    });
    ok(await changePeriod(w.coordinator.actor, w.centre.slug, { ...base, start: day(-20), end: day(60) }));
    const row = await rowOf(e.id);
    expect([fromDbDate(row.periodStart!), fromDbDate(row.periodEnd!)]).toEqual([day(-20), day(60)]);
    expect((await auditEvents(w.centre.id, "enrolment.period")).some((a) => a.recordId === e.id)).toBe(true);
  });
});

describe("leaving the edition", () => {
  it("issues the certificate at once and gives the freed place to the first on the waitlist", async () => {
    const edition = await makeEdition(w.centre.id, 1);
    const e = await makeEnrolment(w.centre.id, edition, "ENROLLED");
    const second = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: new Date(Date.now() - 1000) });
    const first = await makeEnrolment(w.centre.id, edition, "WAITLISTED", { waitlistedAt: new Date(Date.now() - 5000) });
    const base = { editionId: edition.id, enrolmentId: e.id };
    expect(await leaveEdition(w.coordinator.actor, w.centre.slug, { ...base, reason: "FOUND_WORK", leftOn: day(1) })).toMatchObject({
      ok: false,
      fieldErrors: { leftOn: [expect.stringMatching(/przyszłości/)] },
    });
    expect(await leaveEdition(w.coordinator.actor, w.centre.slug, { ...base, reason: "", leftOn: day(0) })).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Wybierz powód zakończenia udziału."] },
    });
    const done = ok(await leaveEdition(w.coordinator.actor, w.centre.slug, { ...base, reason: "FOUND_WORK", leftOn: day(0), note: "Sklep spożywczy" }));
    expect(done.certificate).toMatch(new RegExp(`^\\d+/${year}$`));
    expect(done.promoted.map((p) => p.enrolmentId)).toEqual([first.id]);
    const row = await rowOf(e.id);
    expect(row).toMatchObject({ status: "COMPLETED", leaveReason: "FOUND_WORK", certificateYear: year });
    expect(fromDbDate(row.periodEnd!)).toBe(day(0));
    expect(fromDbDate(row.certificateIssuedOn!)).toBe(day(0));
    expect((await rowOf(first.id)).status).toBe("ENROLLED");
    expect((await rowOf(second.id)).status).toBe("WAITLISTED");
    // Once only.
    expect(await leaveEdition(w.coordinator.actor, w.centre.slug, { ...base, reason: "OTHER", leftOn: day(0) })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("dropping out ends participation as LEFT", async () => {
    const edition = await makeEdition(w.centre.id, 3);
    const e = await makeEnrolment(w.centre.id, edition, "ENROLLED");
    ok(await leaveEdition(w.admin.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id, reason: "DROPPED_OUT", leftOn: day(-2) }));
    expect(await rowOf(e.id)).toMatchObject({ status: "LEFT", leaveReason: "DROPPED_OUT" });
  });

  it("gives unique certificate numbers per centre and year when many leave at once", async () => {
    const world = await makeWorld();
    // Ten editions, so the leavings do not queue on one edition's lock but race for the number.
    const enrolments = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const edition = await makeEdition(world.centre.id, 2);
        return { edition, e: await makeEnrolment(world.centre.id, edition, "ENROLLED") };
      }),
    );
    const results = await Promise.all(
      enrolments.map(({ edition, e }) =>
        leaveEdition(world.coordinator.actor, world.centre.slug, { editionId: edition.id, enrolmentId: e.id, reason: "COMPLETED", leftOn: day(0) }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = (await db.enrolment.findMany({ where: { centreId: world.centre.id }, select: { certificateNumber: true } })).map(
      (r) => r.certificateNumber,
    );
    expect(numbers.sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Another centre's sequence starts at 1 of its own.
    const otherEdition = await makeEdition(world.other.id, 2);
    const otherE = await makeEnrolment(world.other.id, otherEdition, "ENROLLED");
    const otherAdmin = await db.membership.findFirstOrThrow({ where: { centreId: world.other.id } });
    const otherActor = { userId: otherAdmin.userId, name: "Olga", email: "x" };
    expect(
      ok(await leaveEdition(otherActor, world.other.slug, { editionId: otherEdition.id, enrolmentId: otherE.id, reason: "COMPLETED", leftOn: day(0) }))
        .certificate,
    ).toBe(`1/${year}`);
  });
});

describe("outcomes after KIS", () => {
  it("are recorded with dates after leaving, and can be removed", async () => {
    const edition = await makeEdition(w.centre.id, 3);
    const e = await makeEnrolment(w.centre.id, edition, "ENROLLED");
    const base = { editionId: edition.id, enrolmentId: e.id };
    expect(await addOutcome(w.coordinator.actor, w.centre.slug, { ...base, kind: "EMPLOYMENT", achievedOn: day(0) })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    ok(await leaveEdition(w.coordinator.actor, w.centre.slug, { ...base, reason: "FOUND_WORK", leftOn: day(-1) }));
    expect(await addOutcome(w.coordinator.actor, w.centre.slug, { ...base, kind: "EMPLOYMENT", achievedOn: day(2) })).toMatchObject({
      ok: false,
      fieldErrors: { achievedOn: [expect.stringMatching(/przyszłości/)] },
    });
    const { outcomeId } = ok(await addOutcome(w.coordinator.actor, w.centre.slug, { ...base, kind: "EMPLOYMENT", achievedOn: day(0), note: "umowa o pracę" }));
    ok(await addOutcome(w.coordinator.actor, w.centre.slug, { ...base, kind: "EDUCATION", achievedOn: day(0) }));
    const detail = await participantDetail(await coordinatorCentre(), edition.id, e.id);
    expect(detail?.outcomes.map((o) => o.kind).sort()).toEqual(["EDUCATION", "EMPLOYMENT"]);
    ok(await removeOutcome(w.coordinator.actor, w.centre.slug, { ...base, outcomeId }));
    expect(await db.outcome.count({ where: { enrolmentId: e.id } })).toBe(1);
    expect(await removeOutcome(w.coordinator.actor, w.centre.slug, { ...base, outcomeId })).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("the centre's own time zone", () => {
  it("the certificate is issued on the centre's today, not Warsaw's", async () => {
    const zone = ["Pacific/Kiritimati", "Pacific/Pago_Pago"].find((z) => localDate(new Date(), z) !== localDate(new Date()))!;
    const far = await makeWorld();
    await db.centre.update({ where: { id: far.centre.id }, data: { timeZone: zone } });
    const edition = await makeEdition(far.centre.id, 3);
    const e = await makeEnrolment(far.centre.id, edition, "ENROLLED");
    ok(await leaveEdition(far.coordinator.actor, far.centre.slug, { editionId: edition.id, enrolmentId: e.id, reason: "COMPLETED", leftOn: day(-1) }));
    const row = await db.enrolment.findFirstOrThrow({ where: { id: e.id } });
    expect(fromDbDate(row.certificateIssuedOn!)).toBe(localDate(new Date(), zone));
  });
});

describe("one participant's attendance", () => {
  it("is tallied from their own marks only", async () => {
    const edition = await makeEdition(w.centre.id, 3);
    const [a, b] = [await makeEnrolment(w.centre.id, edition, "ENROLLED"), await makeEnrolment(w.centre.id, edition, "ENROLLED")];
    const s1 = await session(w.centre.id, edition, 5, "Zajęcia", "psycholog");
    const s2 = await session(w.centre.id, edition, 4, "Zajęcia", "psycholog");
    const mark = (sessionId: string, participantId: string, status: "PRESENT" | "ABSENT" | "EXCUSED") => ({
      centreId: w.centre.id,
      sessionId,
      participantId,
      status,
      markedById: w.coordinator.user.id,
    });
    await db.attendance.createMany({
      data: [
        mark(s1.id, a.participantId, "PRESENT"),
        mark(s2.id, a.participantId, "ABSENT"),
        mark(s1.id, b.participantId, "EXCUSED"),
        mark(s2.id, b.participantId, "EXCUSED"),
      ],
    });
    const centre = await coordinatorCentre();
    expect(await participantTally(centre, edition.id, a.participantId)).toEqual({ present: 1, excused: 0, absent: 1, marked: 2 });
    expect(await participantDetail(centre, edition.id, a.id)).toMatchObject({ tally: { present: 1, absent: 1, marked: 2 }, rate: 50 });
    expect(await participantDetail(centre, edition.id, b.id)).toMatchObject({ tally: { excused: 2, marked: 2 }, rate: 0 });
    const other = await authoriseCentre(w.otherAdmin.actor, w.other.slug, ["ADMIN"]);
    expect(await participantTally(other, edition.id, a.participantId)).toBeUndefined();
  });
});

describe("the certificate PDF", () => {
  it("names the number, centre, participant, edition, period and the activities attended (present only)", async () => {
    const edition = await makeEdition(w.centre.id, 3);
    const e = await makeEnrolment(w.centre.id, edition, "ENROLLED", { lastName: "Żółkiewska", periodStart: day(-30) });
    const s1 = await session(w.centre.id, edition, 20, "Trening umiejętności psychospołecznych", "psycholog");
    const s2 = await session(w.centre.id, edition, 10, "Zdrowe żywienie", "dietetyk");
    const s3 = await session(w.centre.id, edition, 6, "Trening umiejętności psychospołecznych", "psycholog");
    const s4 = await session(w.centre.id, edition, 3, "Pierwsza pomoc w domu", "ratownik medyczny");
    await db.attendance.createMany({
      data: [
        { centreId: w.centre.id, sessionId: s1.id, participantId: e.participantId, status: "PRESENT", markedById: w.coordinator.user.id },
        { centreId: w.centre.id, sessionId: s2.id, participantId: e.participantId, status: "PRESENT", markedById: w.coordinator.user.id },
        { centreId: w.centre.id, sessionId: s3.id, participantId: e.participantId, status: "PRESENT", markedById: w.coordinator.user.id },
        { centreId: w.centre.id, sessionId: s4.id, participantId: e.participantId, status: "ABSENT", markedById: w.coordinator.user.id },
      ],
    });
    const centre = await coordinatorCentre();
    expect(await certificatePdf(centre, edition.id, e.id)).toBeNull(); // not issued yet
    const { certificate } = ok(
      await leaveEdition(w.coordinator.actor, w.centre.slug, { editionId: edition.id, enrolmentId: e.id, reason: "COMPLETED", leftOn: day(0) }),
    );
    const pdf = await certificatePdf(centre, edition.id, e.id);
    expect(pdf?.filename).toBe(`zaswiadczenie-kis-${certificate.replace("/", "-")}.pdf`);
    const { text } = await new PDFParse({ data: pdf!.body }).getText();
    const flat = text.replace(/\s+/g, " ");
    for (const expected of [
      "ZAŚWIADCZENIE",
      `nr ${certificate}`,
      "art. 18 ust. 5a",
      "Ewa Żółkiewska",
      "uczestniczyła",
      w.centre.name,
      "Klub Integracji Społecznej",
      "Trening umiejętności psychospołecznych (psycholog) – 2 spotkania",
      "Zdrowe żywienie (dietetyk) – 1 spotkanie",
      "Łącznie: 3 spotkania, 18 godz.",
      `w okresie od ${formatCalendarDate(dbDate(day(-30)))} do ${formatCalendarDate(dbDate(day(0)))}`,
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).not.toContain("Pierwsza pomoc");
    expect((await auditEvents(w.centre.id, "enrolment.certificate.pdf")).some((a) => a.recordId === e.id)).toBe(true);
  });
});

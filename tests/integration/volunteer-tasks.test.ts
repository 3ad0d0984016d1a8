import { addDays, addHours } from "date-fns";
import { PrismaPg } from "@prisma/adapter-pg";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { approvedHours, hoursCsv, hoursTotals } from "@/features/volunteer-tasks/hours-data";
import { assignVolunteer, createTask, decideHours, decideSignup, removeAssignment } from "@/features/volunteer-tasks/mutations";
import { logHours, signUp, withdraw } from "@/features/volunteer-tasks/own-mutations";
import {
  coordinatorOptions,
  coordinatorsById,
  getTask,
  pendingHours,
  sessionOptions,
  upcomingTasks,
  volunteerMeetings,
  volunteerOptions,
} from "@/features/volunteer-tasks/data";
import { myTaskForHours, myTasks } from "@/features/volunteer-tasks/own-data";
import { volunteerCertificate } from "@/features/volunteer-tasks/pdf/certificate";
import { DUPLICATE_MESSAGE, failureOf } from "@/server/action";
import { db } from "@/server/db";
import { dbDate, localDate } from "@/server/time";
import { authoriseCentre } from "@/server/tenant";
import { PrismaClient } from "@/generated/prisma/client";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { auditEvents, makeMember, makeWorld } from "../factories";
import { throwawayDatabase } from "../setup/throwaway-database";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let futureSession: string;
let pastSession: string;
let meetingSession: string;
let checkedId: string;
let uncheckedId: string;
let unchecked: Awaited<ReturnType<typeof makeMember>>;
let otherVolunteer: Awaited<ReturnType<typeof makeMember>>;
let otherTaskId: string;

const slug = () => w.centre.slug;
const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};

async function session(centreId: string, offerId: string, startsAt: Date, hours = 3) {
  return (await db.session.create({ data: { centreId, offerId, startsAt, endsAt: addHours(startsAt, hours), kind: "EVENT", topic: "Piknik rodzinny" } })).id;
}

beforeAll(async () => {
  w = await makeWorld();
  const offer = await db.offer.create({
    data: { centreId: w.centre.id, type: "PROGRAMME", programmeKind: "PROGRAMME", slug: "dialog", name: "Dialog Międzypokoleniowy" },
  });
  const club = await db.offer.create({ data: { centreId: w.centre.id, type: "CLUB", clubKind: "VOLUNTEER_CLUB", slug: "kw", name: "Klub Wolontariusza" } });
  futureSession = await session(w.centre.id, offer.id, addDays(new Date(), 5));
  pastSession = await session(w.centre.id, offer.id, addDays(new Date(), -3), 4);
  meetingSession = await session(w.centre.id, club.id, addDays(new Date(), 9), 1.5);
  checkedId = (
    await db.volunteer.create({
      data: {
        centreId: w.centre.id,
        userId: w.volunteer.user.id,
        firstName: "Wiktor",
        lastName: "Sprawdzony",
        birthYear: 1990,
        registerCheckOn: dbDate("2026-01-10"),
        criminalRecordOn: dbDate("2026-01-12"),
      },
    })
  ).id;
  unchecked = await makeMember(w.centre, "VOLUNTEER", "Ula Niesprawdzona");
  uncheckedId = (
    await db.volunteer.create({
      data: {
        centreId: w.centre.id,
        userId: unchecked.user.id,
        firstName: "Ula",
        lastName: "Niesprawdzona",
        birthYear: 2000,
        registerCheckOn: dbDate("2026-01-10"),
      },
    })
  ).id;
  otherVolunteer = await makeMember(w.other, "VOLUNTEER", "Olek Obcy");
  await db.volunteer.create({ data: { centreId: w.other.id, userId: otherVolunteer.user.id, firstName: "Olek", lastName: "Obcy", birthYear: 1980 } });
  const otherOffer = await db.offer.create({ data: { centreId: w.other.id, type: "CLUB", clubKind: "OTHER", slug: "x", name: "Obcy klub" } });
  const otherSession = await session(w.other.id, otherOffer.id, addDays(new Date(), 5));
  otherTaskId = (await db.volunteerTask.create({ data: { centreId: w.other.id, sessionId: otherSession, role: "obca", needed: 2 } })).id;
});

const taskInput = (extra: Record<string, string> = {}) => ({
  sessionId: futureSession,
  role: "pomoc przy pikniku",
  description: "Stoisko z grami dla dzieci",
  needed: "2",
  openForSignup: "on",
  ...extra,
});

describe("tasks (coordinator)", () => {
  it("creates a task on a future session of this centre, refusing others and bad input", async () => {
    expect(await createTask(w.volunteer.actor, slug(), taskInput())).toMatchObject({ ok: false, code: "forbidden" });
    expect(await createTask(w.socialWorker.actor, slug(), taskInput())).toMatchObject({ ok: false, code: "forbidden" });
    expect(await createTask(w.otherAdmin.actor, slug(), taskInput())).toMatchObject({ ok: false, code: "not_found" });
    expect(await createTask(otherVolunteer.actor, slug(), taskInput())).toMatchObject({ ok: false, code: "not_found" });
    expect(await createTask(w.coordinator.actor, slug(), taskInput({ needed: "0", role: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { needed: ["Potrzeba co najmniej jednej osoby."], role: [expect.stringContaining("Podaj rolę")] },
    });
    expect(await createTask(w.coordinator.actor, slug(), taskInput({ sessionId: pastSession }))).toMatchObject({
      ok: false,
      fieldErrors: { sessionId: [expect.any(String)] },
    });
    const later = localDate(addDays(new Date(), 8));
    expect(await createTask(w.coordinator.actor, slug(), taskInput({ withdrawUntilDate: later }))).toMatchObject({
      ok: false,
      fieldErrors: { withdrawUntilDate: [expect.any(String)] },
    });
    const created = ok<{ taskId: string }>(await createTask(w.coordinator.actor, slug(), taskInput()));
    const task = await db.volunteerTask.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: created.taskId } } });
    expect(task).toMatchObject({ needed: 2, withChildren: false, openForSignup: true, coordinatorId: w.coordinator.membershipId });
    expect(await auditEvents(w.centre.id, "volunteerTask.create")).toHaveLength(1);
  });

  it("never approves more volunteers than needed, even at the same moment", async () => {
    const { taskId } = ok<{ taskId: string }>(await createTask(w.coordinator.actor, slug(), taskInput({ needed: "1", role: "jedna osoba" })));
    const results = await Promise.all([
      assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: checkedId }),
      assignVolunteer(w.admin.actor, slug(), { taskId, volunteerId: uncheckedId }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "conflict", message: expect.stringContaining("komplet") });
    expect(await db.assignment.count({ where: { centreId: w.centre.id, taskId, status: "APPROVED" } })).toBe(1);
    // Taking the volunteer off frees the place for another.
    const taken = await db.assignment.findFirstOrThrow({ where: { centreId: w.centre.id, taskId, status: "APPROVED" } });
    expect(await removeAssignment(w.volunteer.actor, slug(), { assignmentId: taken.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await removeAssignment(w.otherAdmin.actor, slug(), { assignmentId: taken.id })).toMatchObject({ ok: false, code: "not_found" });
    ok(await removeAssignment(w.coordinator.actor, slug(), { assignmentId: taken.id }));
    expect(await removeAssignment(w.coordinator.actor, slug(), { assignmentId: taken.id })).toMatchObject({ ok: false, code: "conflict" });
    const next = taken.volunteerId === checkedId ? uncheckedId : checkedId;
    ok(await assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: next }));
  });

  it("refuses an unchecked volunteer for a task with children, as assignment and as approval", async () => {
    const { taskId } = ok<{ taskId: string }>(await createTask(w.coordinator.actor, slug(), taskInput({ withChildren: "on", role: "Mamy Klub" })));
    const assign = await assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: uncheckedId });
    expect(assign).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("zaświadczenia o niekaralności") });
    // The volunteer cannot sign up either, and a sign-up made before is not approved.
    expect(await signUp(unchecked.actor, slug(), { taskId })).toMatchObject({ ok: false, code: "conflict" });
    const a = await db.assignment.create({ data: { centreId: w.centre.id, taskId, volunteerId: uncheckedId } });
    expect(await decideSignup(w.coordinator.actor, slug(), { assignmentId: a.id, decision: "APPROVED" })).toMatchObject({ ok: false, code: "conflict" });
    ok(await decideSignup(w.coordinator.actor, slug(), { assignmentId: a.id, decision: "DECLINED" }));
    ok(await assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: checkedId }));
  });

  it("refuses a minor without the guardian's consent (also one turning 18 this year), as assignment, sign-up and approval", async () => {
    const { taskId } = ok<{ taskId: string }>(await createTask(w.coordinator.actor, slug(), taskInput({ role: "młodzi pomocnicy", needed: "3" })));
    const year = Number(localDate(addDays(new Date(), 5)).slice(0, 4));
    for (const age of [16, 18]) {
      const member = await makeMember(w.centre, "VOLUNTEER", `Młody ${age}`);
      const minor = await db.volunteer.create({
        data: { centreId: w.centre.id, userId: member.user.id, firstName: "Młody", lastName: `Wolontariusz${age}`, birthYear: year - age },
      });
      expect(await assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: minor.id })).toMatchObject({
        ok: false,
        code: "conflict",
        message: expect.stringContaining("zgody rodzica lub opiekuna"),
      });
      expect(await signUp(member.actor, slug(), { taskId })).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("zgoda rodzica") });
      const a = await db.assignment.create({ data: { centreId: w.centre.id, taskId, volunteerId: minor.id } });
      expect(await decideSignup(w.coordinator.actor, slug(), { assignmentId: a.id, decision: "APPROVED" })).toMatchObject({ ok: false, code: "conflict" });
      // With the consent's date in the profile the same approval goes through.
      await db.volunteer.update({ where: { centreId_id: { centreId: w.centre.id, id: minor.id } }, data: { guardianConsentOn: dbDate("2026-01-05") } });
      ok(await decideSignup(w.coordinator.actor, slug(), { assignmentId: a.id, decision: "APPROVED" }));
    }
    // Nineteen this year: an adult, no consent needed.
    const adult = await db.volunteer.create({ data: { centreId: w.centre.id, firstName: "Dorosły", lastName: "Wolontariusz", birthYear: year - 19 } });
    ok(await assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: adult.id }));
  });

  it("warns (does not refuse) when no agreement covers the session's day, on assigning, approving and on the task", async () => {
    const { taskId } = ok<{ taskId: string }>(await createTask(w.coordinator.actor, slug(), taskInput({ role: "porozumienia", needed: "3" })));
    const day = localDate(addDays(new Date(), 5));
    const covered = await db.volunteer.create({ data: { centreId: w.centre.id, firstName: "Pola", lastName: "Porozumiana", birthYear: 1985 } });
    const ended = await db.volunteer.create({ data: { centreId: w.centre.id, firstName: "Ewa", lastName: "Wygasła", birthYear: 1985 } });
    await db.volunteerAgreement.createMany({
      data: [
        { centreId: w.centre.id, volunteerId: covered.id, signedOn: dbDate("2026-01-02"), scope: "x", startsOn: dbDate("2026-01-02"), endsOn: dbDate(day) },
        {
          centreId: w.centre.id,
          volunteerId: ended.id,
          signedOn: dbDate("2026-01-02"),
          scope: "x",
          startsOn: dbDate("2026-01-02"),
          endsOn: dbDate("2026-01-31"),
        },
      ],
    });
    const withAgreement = ok<{ agreementMissing: boolean }>(await assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: covered.id }));
    expect(withAgreement.agreementMissing).toBe(false);
    const without = await assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: ended.id });
    expect(without).toMatchObject({ ok: true, data: { agreementMissing: true }, message: expect.stringContaining("nie ma porozumienia") });
    const request = await db.assignment.create({ data: { centreId: w.centre.id, taskId, volunteerId: uncheckedId } });
    const centre = await authoriseCentre(w.coordinator.actor, slug(), ["COORDINATOR"]);
    const task = (await getTask(centre, taskId))!;
    expect(Object.fromEntries(task.assignments.map((a) => [a.volunteer.id, a.agreementMissing]))).toEqual({
      [covered.id]: false,
      [ended.id]: true,
      [uncheckedId]: true,
    });
    expect(await decideSignup(w.coordinator.actor, slug(), { assignmentId: request.id, decision: "APPROVED" })).toMatchObject({
      ok: true,
      data: { agreementMissing: true },
      message: expect.stringContaining("nie ma porozumienia"),
    });
  });

  it("refuses another centre's task and volunteer", async () => {
    const { taskId } = ok<{ taskId: string }>(await createTask(w.coordinator.actor, slug(), taskInput()));
    expect(await assignVolunteer(w.coordinator.actor, slug(), { taskId: otherTaskId, volunteerId: checkedId })).toMatchObject({ ok: false, code: "not_found" });
    const foreign = await db.volunteer.findFirstOrThrow({ where: { centreId: w.other.id } });
    expect(await assignVolunteer(w.coordinator.actor, slug(), { taskId, volunteerId: foreign.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await signUp(w.volunteer.actor, slug(), { taskId: otherTaskId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await signUp(otherVolunteer.actor, slug(), { taskId })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("lists tasks that still lack people and the volunteer club's meetings", async () => {
    const centre = await authoriseCentre(w.coordinator.actor, slug(), ["COORDINATOR"]);
    const tasks = await upcomingTasks(centre);
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) expect(t.lacking).toBe(Math.max(0, t.needed - t.approved));
    expect(tasks.some((t) => t.lacking > 0)).toBe(true);
    expect((await volunteerMeetings(centre)).map((s) => s.id)).toContain(meetingSession);
    const vCentre = await authoriseCentre(w.volunteer.actor, slug(), ["VOLUNTEER"]);
    await expect(upcomingTasks(vCentre)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getTask(vCentre, tasks[0].id)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the volunteer's journey", () => {
  it("signs up, is approved, withdraws before the deadline, and not after", async () => {
    const { taskId } = ok<{ taskId: string }>(await createTask(w.coordinator.actor, slug(), taskInput({ role: "obsługa stoiska", needed: "3" })));
    const vCentre = await authoriseCentre(w.volunteer.actor, slug(), ["VOLUNTEER"]);
    expect((await myTasks(vCentre))!.open.map((t) => t.id)).toContain(taskId);
    // A double tap: both requests at once give one sign-up and one Polish conflict, never a generic error.
    const taps = await Promise.all([signUp(w.volunteer.actor, slug(), { taskId }), signUp(w.volunteer.actor, slug(), { taskId })]);
    expect(taps.filter((r) => r.ok)).toHaveLength(1);
    expect(taps.find((r) => !r.ok)).toMatchObject({ code: "conflict" });
    const { assignmentId } = ok<{ assignmentId: string }>(taps.find((r) => r.ok)!);
    expect(await signUp(w.volunteer.actor, slug(), { taskId })).toMatchObject({ ok: false, code: "conflict" });
    // Should the database's unique key be what catches it, the answer is the same kind of conflict.
    const duplicate = await db.assignment.create({ data: { centreId: w.centre.id, taskId, volunteerId: checkedId } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failureOf(duplicate)).toEqual({ ok: false, code: "conflict", message: DUPLICATE_MESSAGE });
    // Another volunteer cannot withdraw my sign-up.
    expect(await withdraw(unchecked.actor, slug(), { assignmentId })).toMatchObject({ ok: false, code: "not_found" });
    ok(await decideSignup(w.coordinator.actor, slug(), { assignmentId, decision: "APPROVED" }));
    expect(await decideSignup(w.coordinator.actor, slug(), { assignmentId, decision: "APPROVED" })).toMatchObject({ ok: false, code: "conflict" });
    const mine = (await myTasks(vCentre))!;
    const item = mine.upcoming.find((u) => u.task.id === taskId)!;
    expect(item).toMatchObject({ status: "APPROVED", canWithdraw: true, task: { coordinator: { name: "Konrad Koordynator" } } });
    ok(await withdraw(w.volunteer.actor, slug(), { assignmentId }));
    expect((await db.assignment.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: assignmentId } } })).status).toBe("WITHDRAWN");
    // Signing up again is possible; after the deadline withdrawing is not.
    ok(await signUp(w.volunteer.actor, slug(), { taskId }));
    await db.volunteerTask.update({ where: { centreId_id: { centreId: w.centre.id, id: taskId } }, data: { withdrawUntil: addDays(new Date(), -1) } });
    expect(await withdraw(w.volunteer.actor, slug(), { assignmentId })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Termin rezygnacji minął"),
    });
  });

  it("logs hours for an approved past task (prefilled), the coordinator approves, totals equal the approved records", async () => {
    const task = await db.volunteerTask.create({ data: { centreId: w.centre.id, sessionId: pastSession, role: "pomoc przy pikniku", needed: 3 } });
    const vCentre = await authoriseCentre(w.volunteer.actor, slug(), ["VOLUNTEER"]);
    expect(await myTaskForHours(vCentre, task.id)).toBeNull();
    expect(await logHours(w.volunteer.actor, slug(), { taskId: task.id, workedOn: localDate(new Date()), hours: "4" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    // The session is over: the coordinator can no longer put people on it (they were, before it).
    expect(await assignVolunteer(w.coordinator.actor, slug(), { taskId: task.id, volunteerId: checkedId })).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringContaining("już się zaczęło"),
    });
    await db.assignment.createMany({
      data: [checkedId, uncheckedId].map((volunteerId) => ({ centreId: w.centre.id, taskId: task.id, volunteerId, status: "APPROVED" as const })),
    });
    const form = (await myTaskForHours(vCentre, task.id))!;
    expect(form.prefill).toEqual({ workedOn: localDate(addDays(new Date(), -3)), hours: "4" });
    expect((await myTasks(vCentre))!.toLog.map((t) => t.taskId)).toContain(task.id);
    expect(await logHours(w.volunteer.actor, slug(), { taskId: task.id, workedOn: localDate(addDays(new Date(), 2)), hours: "4" })).toMatchObject({
      ok: false,
      fieldErrors: { workedOn: [expect.any(String)] },
    });
    // Not before the session's day.
    expect(await logHours(w.volunteer.actor, slug(), { taskId: task.id, workedOn: localDate(addDays(new Date(), -4)), hours: "4" })).toMatchObject({
      ok: false,
      fieldErrors: { workedOn: [expect.stringContaining("wcześniejszy niż dzień spotkania")] },
    });
    expect(await logHours(w.volunteer.actor, slug(), { taskId: task.id, workedOn: form.prefill.workedOn, hours: "0" })).toMatchObject({
      ok: false,
      fieldErrors: { hours: [expect.any(String)] },
    });
    const { hoursId } = ok<{ hoursId: string }>(await logHours(w.volunteer.actor, slug(), { taskId: task.id, workedOn: form.prefill.workedOn, hours: "4" }));
    expect(await logHours(w.volunteer.actor, slug(), { taskId: task.id, workedOn: form.prefill.workedOn, hours: "1" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const other = ok<{ hoursId: string }>(await logHours(unchecked.actor, slug(), { taskId: task.id, workedOn: form.prefill.workedOn, hours: "2,5" }));
    expect((await myTasks(vCentre))!.hours).toMatchObject({ approved: 0, pending: 240 });
    expect(await decideHours(w.volunteer.actor, slug(), { hoursId, decision: "APPROVED" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await decideHours(w.otherAdmin.actor, slug(), { hoursId, decision: "APPROVED" })).toMatchObject({ ok: false, code: "not_found" });
    ok(await decideHours(w.coordinator.actor, slug(), { hoursId, decision: "APPROVED" }));
    ok(await decideHours(w.coordinator.actor, slug(), { hoursId: other.hoursId, decision: "REJECTED" }));
    expect(await decideHours(w.coordinator.actor, slug(), { hoursId, decision: "REJECTED" })).toMatchObject({ ok: false, code: "conflict" });
    expect((await myTasks(vCentre))!.hours).toMatchObject({ approved: 240, pending: 0 });
    // One more pending record that must not count.
    await db.volunteerHours.create({ data: { centreId: w.centre.id, volunteerId: uncheckedId, workedOn: dbDate(form.prefill.workedOn), minutes: 600 } });

    const centre = await authoriseCentre(w.coordinator.actor, slug(), ["COORDINATOR"]);
    const year = form.prefill.workedOn.slice(0, 4);
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const approved = await db.volunteerHours.findMany({ where: { centreId: w.centre.id, status: "APPROVED" } });
    const sum = approved.reduce((n, h) => n + h.minutes, 0);
    const totals = await hoursTotals(centre, period);
    expect(totals.total).toBe(sum);
    expect(totals.byVolunteer).toEqual([{ key: checkedId, label: "Sprawdzony Wiktor", minutes: 240 }]);
    expect(totals.byProgramme).toEqual([{ key: expect.any(String), label: "Dialog Międzypokoleniowy", minutes: 240 }]);
    expect(totals.byMonth).toEqual([{ key: form.prefill.workedOn.slice(0, 7), label: form.prefill.workedOn.slice(0, 7), minutes: 240 }]);
    expect(await approvedHours(centre, period, uncheckedId)).toEqual([]);
    const csv = await hoursCsv(centre, period);
    expect(csv.startsWith("\uFEFFData;Wolontariusz;Zadanie;Program;Godziny;Opis\r\n")).toBe(true);
    expect(csv).toContain(`${form.prefill.workedOn};Sprawdzony Wiktor;pomoc przy pikniku;Dialog Międzypokoleniowy;4;`);
    expect(csv.trim().split("\r\n")).toHaveLength(2);

    // The certificate counts the same approved hours; another centre's volunteer has none here.
    const pdf = (await volunteerCertificate(centre, checkedId, period))!;
    const { text } = await new PDFParse({ data: pdf.body }).getText();
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("ZAŚWIADCZENIE O WYKONYWANIU ŚWIADCZEŃ PRZEZ WOLONTARIUSZA");
    expect(flat).toContain("Wiktor Sprawdzony");
    expect(flat).toContain("łącznym wymiarze 4 godzin");
    expect(await auditEvents(w.centre.id, "volunteer.certificate")).toHaveLength(1);
    const foreign = await db.volunteer.findFirstOrThrow({ where: { centreId: w.other.id } });
    expect(await volunteerCertificate(centre, foreign.id, period)).toBeNull();
  });
});

describe("session state", () => {
  it("refuses hours more than 14 days after the session and for a cancelled session; no assigning to a cancelled or started one", async () => {
    const offer = await db.offer.create({ data: { centreId: w.centre.id, type: "CLUB", clubKind: "OTHER", slug: "stany", name: "Klub stanów" } });
    const longAgo = await session(w.centre.id, offer.id, addDays(new Date(), -20));
    const cancelledPast = await session(w.centre.id, offer.id, addDays(new Date(), -2));
    const cancelledFuture = await session(w.centre.id, offer.id, addDays(new Date(), 4));
    await db.session.updateMany({ where: { centreId: w.centre.id, id: { in: [cancelledPast, cancelledFuture] } }, data: { status: "CANCELLED" } });
    const task = (sessionId: string) => db.volunteerTask.create({ data: { centreId: w.centre.id, sessionId, role: "stany", needed: 3, openForSignup: true } });
    const [old, gone, off] = await Promise.all([task(longAgo), task(cancelledPast), task(cancelledFuture)]);
    await db.assignment.createMany({
      data: [old, gone].map((t) => ({ centreId: w.centre.id, taskId: t.id, volunteerId: checkedId, status: "APPROVED" as const })),
    });
    expect(await logHours(w.volunteer.actor, slug(), { taskId: old.id, workedOn: localDate(addDays(new Date(), -5)), hours: "2" })).toMatchObject({
      ok: false,
      fieldErrors: { workedOn: [expect.stringContaining("najpóźniej 14 dni")] },
    });
    ok(await logHours(w.volunteer.actor, slug(), { taskId: old.id, workedOn: localDate(addDays(new Date(), -7)), hours: "2" }));
    expect(await logHours(w.volunteer.actor, slug(), { taskId: gone.id, workedOn: localDate(addDays(new Date(), -2)), hours: "2" })).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringContaining("odwołane"),
    });
    expect(await assignVolunteer(w.coordinator.actor, slug(), { taskId: off.id, volunteerId: checkedId })).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringContaining("odwołane"),
    });
    // A sign-up made before the session was cancelled or started cannot be approved after.
    for (const t of [off, old]) {
      const a = await db.assignment.create({ data: { centreId: w.centre.id, taskId: t.id, volunteerId: uncheckedId } });
      expect(await decideSignup(w.coordinator.actor, slug(), { assignmentId: a.id, decision: "APPROVED" })).toMatchObject({ ok: false, code: "conflict" });
      ok(await decideSignup(w.coordinator.actor, slug(), { assignmentId: a.id, decision: "DECLINED" }));
    }
  });
});

describe("refusals", () => {
  it("refuses assigning and deciding sign-ups to volunteers, social workers and another centre", async () => {
    const { taskId } = ok<{ taskId: string }>(await createTask(w.coordinator.actor, slug(), taskInput({ role: "odmowy", needed: "3" })));
    const assignment = await db.assignment.create({ data: { centreId: w.centre.id, taskId, volunteerId: uncheckedId } });
    for (const [who, code] of [
      [w.volunteer, "forbidden"],
      [w.socialWorker, "forbidden"],
      [w.otherAdmin, "not_found"],
      [otherVolunteer, "not_found"],
    ] as const) {
      expect(await assignVolunteer(who.actor, slug(), { taskId, volunteerId: checkedId })).toMatchObject({ ok: false, code });
      expect(await decideSignup(who.actor, slug(), { assignmentId: assignment.id, decision: "APPROVED" })).toMatchObject({ ok: false, code });
    }
    // Another centre's admin in their own centre does not find this centre's records either.
    expect(await assignVolunteer(w.otherAdmin.actor, w.other.slug, { taskId, volunteerId: checkedId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await decideSignup(w.otherAdmin.actor, w.other.slug, { assignmentId: assignment.id, decision: "APPROVED" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db.assignment.count({ where: { centreId: w.centre.id, taskId, status: "APPROVED" } })).toBe(0);

    // Social workers cannot decide hours nor take volunteers off tasks.
    const hours = await db.volunteerHours.create({ data: { centreId: w.centre.id, volunteerId: checkedId, workedOn: dbDate("2026-01-10"), minutes: 60 } });
    expect(await decideHours(w.socialWorker.actor, slug(), { hoursId: hours.id, decision: "APPROVED" })).toMatchObject({ ok: false, code: "forbidden" });
    const approved = await db.assignment.create({ data: { centreId: w.centre.id, taskId, volunteerId: checkedId, status: "APPROVED" } });
    expect(await removeAssignment(w.socialWorker.actor, slug(), { assignmentId: approved.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await removeAssignment(w.otherAdmin.actor, w.other.slug, { assignmentId: approved.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.volunteerHours.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: hours.id } } })).toMatchObject({ status: "PENDING" });
    expect(await db.assignment.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: approved.id } } })).toMatchObject({
      status: "APPROVED",
    });
  });

  it("refuses the coordinators' loaders to volunteers and social workers; another centre sees none of this centre's data", async () => {
    const period = { from: "2026-01-01", to: "2026-12-31" };
    for (const who of [w.volunteer, w.socialWorker]) {
      const c = await authoriseCentre(who.actor, slug(), ["ADMIN", "COORDINATOR", "SOCIAL_WORKER", "VOLUNTEER"]);
      for (const load of [
        () => hoursTotals(c, period),
        () => hoursCsv(c, period),
        () => volunteerCertificate(c, checkedId, period),
        () => pendingHours(c),
        () => volunteerOptions(c),
        () => sessionOptions(c),
        () => coordinatorOptions(c),
        () => volunteerMeetings(c),
        () => upcomingTasks(c),
      ]) {
        await expect(load()).rejects.toMatchObject({ code: "forbidden" });
      }
    }
    // A social worker is neither a coordinator nor a volunteer: no coordinators' contacts either.
    const sw = await authoriseCentre(w.socialWorker.actor, slug(), ["SOCIAL_WORKER"]);
    await expect(coordinatorsById(sw, [w.coordinator.membershipId])).rejects.toMatchObject({ code: "forbidden" });
    await expect(authoriseCentre(w.otherAdmin.actor, slug(), ["ADMIN"])).rejects.toMatchObject({ code: "not_found" });

    const other = await authoriseCentre(w.otherAdmin.actor, w.other.slug, ["ADMIN"]);
    expect((await hoursTotals(other, period)).records).toBe(0);
    expect((await hoursCsv(other, period)).trim().split("\r\n")).toHaveLength(1);
    expect(await volunteerCertificate(other, checkedId, period)).toBeNull();
    expect(await pendingHours(other)).toEqual([]);
    expect((await volunteerOptions(other)).map((v) => v.id)).not.toContain(checkedId);
    expect((await sessionOptions(other)).map((s) => s.value)).not.toContain(futureSession);
    expect((await coordinatorOptions(other)).map((c) => c.value)).not.toContain(w.coordinator.membershipId);
    expect((await volunteerMeetings(other)).map((s) => s.id)).not.toContain(meetingSession);
    expect((await coordinatorsById(other, [w.coordinator.membershipId])).size).toBe(0);
  });
});

describe("hours reports", () => {
  it("keeps two volunteers with one name and two programmes with one name apart, and defuses formulas in the CSV", async () => {
    // A year no other test uses, so these records are the only ones in the period.
    const period = { from: "2019-01-01", to: "2019-12-31" };
    const twins = await Promise.all(
      [1, 2].map(async () => (await db.volunteer.create({ data: { centreId: w.centre.id, firstName: "Jan", lastName: "Kowalski", birthYear: 1970 } })).id),
    );
    const offers = await Promise.all(
      ["a", "b"].map(
        async (x) =>
          (await db.offer.create({ data: { centreId: w.centre.id, type: "CLUB", clubKind: "OTHER", slug: `same-name-${x}`, name: "Klub Seniora" } })).id,
      ),
    );
    const tasks = await Promise.all(
      offers.map(async (offerId) => {
        const sessionId = await session(w.centre.id, offerId, new Date("2019-05-10T10:00:00Z"));
        return (await db.volunteerTask.create({ data: { centreId: w.centre.id, sessionId, role: "pomoc", needed: 2 } })).id;
      }),
    );
    const hours = (volunteerId: string, taskId: string, minutes: number, description?: string) =>
      db.volunteerHours.create({
        data: { centreId: w.centre.id, volunteerId, taskId, workedOn: dbDate("2019-05-10"), minutes, status: "APPROVED", description },
      });
    await hours(twins[0], tasks[0], 60, '=HYPERLINK("http://zly.example")');
    await hours(twins[1], tasks[1], 120, "@SUM(1)");
    const centre = await authoriseCentre(w.coordinator.actor, slug(), ["COORDINATOR"]);
    const totals = await hoursTotals(centre, period);
    expect(totals.byVolunteer.map((r) => [r.key, r.label, r.minutes]).sort()).toEqual(
      [
        [twins[0], "Kowalski Jan", 60],
        [twins[1], "Kowalski Jan", 120],
      ].sort(),
    );
    expect(totals.byProgramme.map((r) => [r.key, r.label, r.minutes]).sort()).toEqual(
      [
        [offers[0], "Klub Seniora", 60],
        [offers[1], "Klub Seniora", 120],
      ].sort(),
    );
    const csv = await hoursCsv(centre, period);
    expect(csv).toContain(`;"'=HYPERLINK(""http://zly.example"")"`);
    expect(csv).toContain(";'@SUM(1)");
    expect(csv).not.toMatch(/;[=@]/);
    // Each download is audited (the certificate is too, checked above), naming the period only.
    expect((await auditEvents(w.centre.id, "volunteerHours.csv")).map((e) => e.recordId)).toContain("2019-01-01..2019-12-31");
    await hoursCsv(centre, period);
    expect((await auditEvents(w.centre.id, "volunteerHours.csv")).filter((e) => e.recordId === "2019-01-01..2019-12-31")).toHaveLength(2);
  });
});

describe("the demo", () => {
  it("has the Białołęka picnic needing 3 volunteers, a Mamy Klub task with children and the demo volunteer's tasks and hours", async () => {
    const database = await throwawayDatabase("razem_volunteering");
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      expect(await seedDemoIfEmpty(client)).toBe(true);
      const centre = await client.centre.findUniqueOrThrow({ where: { slug: "ops-bialoleka" }, select: { id: true } });
      const tasks = await client.volunteerTask.findMany({
        where: { centreId: centre.id },
        select: {
          role: true,
          needed: true,
          withChildren: true,
          session: { select: { topic: true, kind: true, startsAt: true, offer: { select: { slug: true } } } },
        },
      });
      const picnic = tasks.find((t) => t.session.topic === "Piknik rodzinny")!;
      expect(picnic).toMatchObject({ needed: 3, session: { kind: "EVENT" } });
      expect(picnic.session.startsAt > new Date()).toBe(true);
      expect(tasks.some((t) => t.withChildren && t.session.offer.slug === "mamy-klub" && t.session.startsAt > new Date())).toBe(true);
      const wiktor = await client.volunteer.findFirstOrThrow({
        where: { centreId: centre.id, membership: { user: { email: "wolontariusz@ops-bialoleka.razem.test" } } },
      });
      expect(await client.assignment.count({ where: { volunteerId: wiktor.id, status: "APPROVED" } })).toBeGreaterThanOrEqual(2);
      expect(await client.volunteerHours.count({ where: { volunteerId: wiktor.id, status: "APPROVED" } })).toBe(1);
      expect(await client.assignment.count({ where: { centreId: centre.id, status: "REQUESTED" } })).toBeGreaterThan(0);
      expect(await client.volunteerHours.count({ where: { centreId: centre.id, status: "PENDING" } })).toBeGreaterThan(0);
      // Other centres get no demo tasks.
      expect(await client.volunteerTask.count({ where: { centreId: { not: centre.id } } })).toBe(0);
    } finally {
      await client.$disconnect();
      await database.drop();
    }
  });
});

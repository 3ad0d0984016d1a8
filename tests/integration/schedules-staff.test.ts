import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { archiveSchedule, createSchedule, updateSchedule } from "@/features/schedules/mutations";
import { addSession, cancelSession, moveSession, restoreSession } from "@/features/schedules/session-mutations";
import { HORIZON_WEEKS } from "@/features/schedules/materialise";
import type { Actor } from "@/server/auth/session";
import { db } from "@/server/db";
import { dbDate, fromDbDate, localDate, zonedInstant } from "@/server/time";
import { auditEvents, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;

const zone = "Europe/Warsaw";
const today = () => localDate(new Date(), zone);
const dayFromToday = (n: number) => localDate(addDays(new Date(), n), zone);
/** ISO weekday (1 = Monday) of a local date. */
const isoWeekday = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
const wallClock = (d: Date) => d.toLocaleString("sv-SE", { timeZone: zone }).slice(0, 16);
/** Three days ahead, so the weekly dates sit well inside the horizon at both ends. */
const firstDate = () => dayFromToday(3);

async function makeOffer(centreId: string, name = "Klub Seniora") {
  return db.offer.create({ data: { centreId, type: "CLUB", clubKind: "SENIOR_CLUB", slug: `klub-${randomUUID().slice(0, 8)}`, name }, select: { id: true } });
}

async function makeVenue(centreId: string, name = "Świetlica") {
  return db.venue.create({ data: { centreId, name, street: "ul. Porajów 14", city: "Warszawa" }, select: { id: true } });
}

function weeklyForm(offerId: string, over: Record<string, unknown> = {}) {
  return {
    offerId,
    kind: "RECURRING",
    pattern: "weekly",
    weekdays: [String(isoWeekday(firstDate()))],
    interval: "1",
    startsOn: today(),
    endsOn: "",
    startTime: "16:30",
    endTime: "18:00",
    venueId: "",
    leader: "",
    exceptions: "",
    note: "",
    ...over,
  };
}

/** A weekly schedule made through the action, by the coordinator. */
async function weeklySchedule(over: Record<string, unknown> = {}) {
  const offer = await makeOffer(w.centre.id);
  const result = await createSchedule(w.coordinator.actor, w.centre.slug, weeklyForm(offer.id, over));
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return { offerId: offer.id, scheduleId: result.data.scheduleId, result };
}

/** The schedule's sessions inside the horizon (the background job may add later ones meanwhile). */
async function sessionsOf(scheduleId: string) {
  return db.session.findMany({
    where: { centreId: w.centre.id, scheduleId, startsAt: { lt: addDays(new Date(), HORIZON_WEEKS * 7) } },
    orderBy: { startsAt: "asc" },
  });
}

async function participant() {
  return db.participant.create({ data: { centreId: w.centre.id, firstName: "Jan", lastName: "Obecny", searchName: "jan obecny" }, select: { id: true } });
}

let fixture: { offerId: string; scheduleId: string; sessionId: string; otherOfferScheduleId: string; otherOfferSessionId: string };
beforeAll(async () => {
  w = await makeWorld();
  const { offerId, scheduleId } = await weeklySchedule();
  const [first] = await sessionsOf(scheduleId);
  const other = await weeklySchedule();
  const [otherSession] = await sessionsOf(other.scheduleId);
  fixture = { offerId, scheduleId, sessionId: first.id, otherOfferScheduleId: other.scheduleId, otherOfferSessionId: otherSession.id };
});

describe("every schedule and session action refuses outsiders and weaker roles", () => {
  const cases = [
    ["create a schedule", () => createSchedule, () => weeklyForm(fixture.offerId)],
    [
      "change a schedule",
      () => updateSchedule,
      () => ({ ...weeklyForm(fixture.offerId, { startTime: "08:00", endTime: "09:00" }), scheduleId: fixture.scheduleId }),
    ],
    ["archive a schedule", () => archiveSchedule, () => ({ offerId: fixture.offerId, scheduleId: fixture.scheduleId })],
    ["cancel a session", () => cancelSession, () => ({ offerId: fixture.offerId, sessionId: fixture.sessionId, reason: "Choroba prowadzącej" })],
    ["restore a session", () => restoreSession, () => ({ offerId: fixture.offerId, sessionId: fixture.sessionId })],
    [
      "move a session",
      () => moveSession,
      () => ({ offerId: fixture.offerId, sessionId: fixture.sessionId, date: dayFromToday(20), startTime: "10:00", endTime: "11:00" }),
    ],
    ["add an extra date", () => addSession, () => ({ offerId: fixture.offerId, date: dayFromToday(20), startTime: "10:00", endTime: "11:00" })],
  ] as const;

  /** Everything these actions could change, to show that a refused one changed nothing. */
  const snapshot = async () => ({
    schedules: await db.schedule.findMany({ where: { centreId: w.centre.id }, orderBy: { id: "asc" } }),
    sessions: await db.session.findMany({ where: { centreId: w.centre.id }, orderBy: { id: "asc" } }),
  });

  for (const [name, action, input] of cases) {
    it(`${name}: another centre's admin gets "not found", nothing changes`, async () => {
      const before = await snapshot();
      expect(await action()(w.otherAdmin.actor, w.centre.slug, input())).toMatchObject({ ok: false, code: "not_found" });
      expect(await snapshot()).toEqual(before);
    });

    for (const role of ["socialWorker", "volunteer"] as const) {
      it(`${name}: a ${role} is refused`, async () => {
        const before = await snapshot();
        expect(await action()(w[role].actor, w.centre.slug, input())).toMatchObject({ ok: false, code: "forbidden" });
        expect(await snapshot()).toEqual(before);
      });
    }

    it(`${name}: without a session it is refused`, async () => {
      expect(await action()(null, w.centre.slug, input())).toMatchObject({ ok: false, code: "unauthenticated" });
    });
  }

  it("an admin of this centre cannot reach a session or schedule of another centre, or of another offer", async () => {
    const theirs = await makeOffer(w.other.id);
    const theirSchedule = await createSchedule(w.otherAdmin.actor, w.other.slug, weeklyForm(theirs.id));
    if (!theirSchedule.ok) throw new Error(theirSchedule.message);
    const [theirSession] = await db.session.findMany({ where: { centreId: w.other.id, scheduleId: theirSchedule.data.scheduleId } });
    const admin: Actor = w.admin.actor;
    const refused = [
      await cancelSession(admin, w.centre.slug, { offerId: theirs.id, sessionId: theirSession.id, reason: "x" }),
      await cancelSession(admin, w.centre.slug, { offerId: fixture.offerId, sessionId: theirSession.id, reason: "x" }),
      await cancelSession(admin, w.centre.slug, { offerId: fixture.offerId, sessionId: fixture.otherOfferSessionId, reason: "x" }),
      await moveSession(admin, w.centre.slug, {
        offerId: fixture.offerId,
        sessionId: fixture.otherOfferSessionId,
        date: dayFromToday(9),
        startTime: "10:00",
        endTime: "11:00",
      }),
      await restoreSession(admin, w.centre.slug, { offerId: fixture.offerId, sessionId: theirSession.id }),
      await archiveSchedule(admin, w.centre.slug, { offerId: fixture.offerId, scheduleId: theirSchedule.data.scheduleId }),
      await archiveSchedule(admin, w.centre.slug, { offerId: fixture.offerId, scheduleId: fixture.otherOfferScheduleId }),
      await updateSchedule(admin, w.centre.slug, { ...weeklyForm(fixture.offerId), scheduleId: fixture.otherOfferScheduleId }),
      await updateSchedule(admin, w.centre.slug, { ...weeklyForm(theirs.id), scheduleId: theirSchedule.data.scheduleId }),
      await createSchedule(admin, w.centre.slug, weeklyForm(theirs.id)),
      await addSession(admin, w.centre.slug, { offerId: theirs.id, date: dayFromToday(9), startTime: "10:00", endTime: "11:00" }),
    ];
    for (const result of refused) expect(result).toMatchObject({ ok: false, code: "not_found" });
    const untouched = await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.other.id, id: theirSession.id } } });
    expect(untouched).toEqual(theirSession);
    expect(await db.schedule.count({ where: { centreId: w.other.id, archivedAt: { not: null } } })).toBe(0);
    expect((await db.schedule.findFirstOrThrow({ where: { centreId: w.centre.id, id: fixture.otherOfferScheduleId } })).archivedAt).toBeNull();
  });

  it("a venue of another centre is refused next to the field", async () => {
    const theirVenue = await makeVenue(w.other.id);
    const expected = { ok: false, code: "invalid", fieldErrors: { venueId: ["Wybierz miejsce z listy."] } };
    expect(await createSchedule(w.admin.actor, w.centre.slug, weeklyForm(fixture.offerId, { venueId: theirVenue.id }))).toMatchObject(expected);
    expect(
      await moveSession(w.admin.actor, w.centre.slug, {
        offerId: fixture.offerId,
        sessionId: fixture.sessionId,
        date: dayFromToday(9),
        startTime: "10:00",
        endTime: "11:00",
        venueId: theirVenue.id,
      }),
    ).toMatchObject(expected);
    expect(
      await addSession(w.admin.actor, w.centre.slug, {
        offerId: fixture.offerId,
        date: dayFromToday(9),
        startTime: "10:00",
        endTime: "11:00",
        venueId: theirVenue.id,
      }),
    ).toMatchObject(expected);
  });
});

describe("creating a schedule", () => {
  it("a weekly schedule stores its rule and derived columns and has its sessions for the horizon", async () => {
    const venue = await makeVenue(w.centre.id);
    const { scheduleId, result } = await weeklySchedule({ venueId: venue.id, leader: "psycholog" });
    expect(result.message).toBe(`Harmonogram został zapisany. Zaplanowano 12 spotkań na najbliższe ${HORIZON_WEEKS} tygodni.`);
    const schedule = await db.schedule.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: scheduleId } } });
    const weekday = isoWeekday(firstDate());
    expect(schedule).toMatchObject({ kind: "RECURRING", startTime: "16:30", endTime: "18:00", weekdays: [weekday], startMinute: 990, venueId: venue.id });
    expect(schedule.rrule).toBe(`FREQ=WEEKLY;BYDAY=${["MO", "TU", "WE", "TH", "FR", "SA", "SU"][weekday - 1]}`);
    expect(schedule.generatedUntil).not.toBeNull();

    const sessions = await sessionsOf(scheduleId);
    expect(sessions).toHaveLength(12);
    expect(sessions.map((s) => fromDbDate(s.occurrenceDate!))).toEqual(Array.from({ length: 12 }, (_, i) => dayFromToday(3 + 7 * i)));
    for (const s of sessions) {
      expect(wallClock(s.startsAt)).toBe(`${fromDbDate(s.occurrenceDate!)} 16:30`);
      expect(wallClock(s.endsAt)).toBe(`${fromDbDate(s.occurrenceDate!)} 18:00`);
      expect(s).toMatchObject({ status: "PLANNED", venueId: venue.id, leader: "psycholog", offerId: schedule.offerId });
    }
    expect((await auditEvents(w.centre.id, "schedule.create")).some((e) => e.recordId === scheduleId)).toBe(true);
  });

  it("leaves out the exceptions and stops at the end date", async () => {
    const { scheduleId } = await weeklySchedule({ endsOn: dayFromToday(3 + 7 * 4), exceptions: dayFromToday(10) });
    expect((await sessionsOf(scheduleId)).map((s) => fromDbDate(s.occurrenceDate!))).toEqual([3, 17, 24, 31].map(dayFromToday));
  });

  it("an irregular schedule keeps its note and makes no sessions", async () => {
    const offer = await makeOffer(w.centre.id);
    const result = await createSchedule(
      w.admin.actor,
      w.centre.slug,
      weeklyForm(offer.id, { kind: "IRREGULAR", note: "Dwa razy do roku, terminy podajemy na stronie" }),
    );
    expect(result).toMatchObject({ ok: true, message: "Harmonogram został zapisany." });
    if (!result.ok) return;
    const schedule = await db.schedule.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: result.data.scheduleId } } });
    expect(schedule).toMatchObject({
      kind: "IRREGULAR",
      rrule: null,
      startTime: null,
      weekdays: [],
      startMinute: null,
      note: "Dwa razy do roku, terminy podajemy na stronie",
    });
    expect(await db.session.count({ where: { centreId: w.centre.id, offerId: offer.id } })).toBe(0);
  });

  it("answers bad input with Polish messages next to the fields, and saves nothing", async () => {
    const offer = await makeOffer(w.centre.id);
    const result = await createSchedule(
      w.admin.actor,
      w.centre.slug,
      weeklyForm(offer.id, { weekdays: [], startTime: "25:00", endTime: "", startsOn: "2026-12-01", endsOn: "2026-11-30", exceptions: "Boże Narodzenie" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: {
        weekdays: ["Zaznacz co najmniej jeden dzień tygodnia."],
        startTime: ["Podaj godzinę w formacie GG:MM, np. 16:30."],
        endTime: ["Podaj godzinę zakończenia."],
        endsOn: ["Data zakończenia nie może być wcześniejsza niż data rozpoczęcia."],
        exceptions: ["Nie rozpoznano daty: Boże Narodzenie. Wpisz daty jak 11.11.2026."],
      },
    });
    const late = await createSchedule(
      w.admin.actor,
      w.centre.slug,
      weeklyForm(offer.id, { startTime: "18:00", endTime: "17:00", exceptions: dayFromToday(-1) }),
    );
    expect(late).toMatchObject({
      ok: false,
      fieldErrors: {
        endTime: ["Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia."],
        exceptions: [expect.stringContaining("Dni bez spotkań muszą przypadać między datą rozpoczęcia a zakończenia.")],
      },
    });
    expect(await db.schedule.count({ where: { centreId: w.centre.id, offerId: offer.id } })).toBe(0);
  });
});

describe("changing a schedule's rule", () => {
  it("keeps sessions with attendance, moved or cancelled by hand, and the past; replaces the others without duplicates", async () => {
    const { offerId, scheduleId } = await weeklySchedule();
    const [attended, moved, cancelled, , fifth] = await sessionsOf(scheduleId);
    const person = await participant();
    await db.attendance.create({
      data: { centreId: w.centre.id, sessionId: attended.id, participantId: person.id, status: "PRESENT", markedById: w.coordinator.user.id },
    });
    await moveSession(w.coordinator.actor, w.centre.slug, { offerId, sessionId: moved.id, date: dayFromToday(12), startTime: "12:00", endTime: "13:00" });
    await cancelSession(w.coordinator.actor, w.centre.slug, { offerId, sessionId: cancelled.id, reason: "Remont sali" });
    const past = await db.session.create({
      data: {
        centreId: w.centre.id,
        offerId,
        scheduleId,
        occurrenceDate: dbDate(dayFromToday(-4)),
        startsAt: zonedInstant(dayFromToday(-4), "16:30"),
        endsAt: zonedInstant(dayFromToday(-4), "18:00"),
      },
    });

    // From one weekday at 16:30 to the next weekday at 10:00.
    const nextDay = String((isoWeekday(firstDate()) % 7) + 1);
    const result = await updateSchedule(w.coordinator.actor, w.centre.slug, {
      ...weeklyForm(offerId, { weekdays: nextDay, startTime: "10:00", endTime: "11:30" }),
      scheduleId,
    });
    expect(result).toMatchObject({ ok: true, data: { kept: 3 } });
    if (!result.ok) return;
    expect(result.message).toContain("Bez zmian zostało 3 spotkania");

    const after = await db.session.findMany({ where: { centreId: w.centre.id, scheduleId }, orderBy: { startsAt: "asc" } });
    const ids = after.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([attended.id, moved.id, cancelled.id, past.id]));
    expect(ids).not.toContain(fifth.id);
    expect(await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: past.id } } })).toEqual(past);
    const generated = after.filter(
      (s) => ![attended.id, moved.id, cancelled.id, past.id].includes(s.id) && s.startsAt < addDays(new Date(), HORIZON_WEEKS * 7),
    );
    expect(generated).toHaveLength(12);
    for (const s of generated) expect(wallClock(s.startsAt)).toBe(`${dayFromToday(4 + 7 * generated.indexOf(s))} 10:00`);
    // One session per occurrence date, however often the rule is saved.
    await updateSchedule(w.coordinator.actor, w.centre.slug, {
      ...weeklyForm(offerId, { weekdays: nextDay, startTime: "10:00", endTime: "11:30" }),
      scheduleId,
    });
    const dates = (await db.session.findMany({ where: { centreId: w.centre.id, scheduleId } })).map((s) => fromDbDate(s.occurrenceDate!));
    expect(new Set(dates).size).toBe(dates.length);
    expect((await auditEvents(w.centre.id, "schedule.update")).some((e) => e.recordId === scheduleId)).toBe(true);
  });

  it("a new time on the same weekday: the attended date keeps its session, and no second one appears beside it", async () => {
    const { offerId, scheduleId } = await weeklySchedule();
    const [attended] = await sessionsOf(scheduleId);
    const person = await participant();
    await db.attendance.create({
      data: { centreId: w.centre.id, sessionId: attended.id, participantId: person.id, status: "EXCUSED", markedById: w.admin.user.id },
    });
    const result = await updateSchedule(w.admin.actor, w.centre.slug, { ...weeklyForm(offerId, { startTime: "09:00", endTime: "10:00" }), scheduleId });
    expect(result).toMatchObject({ ok: true, data: { kept: 1 } });
    const sessions = await sessionsOf(scheduleId);
    expect(sessions).toHaveLength(12);
    expect(sessions[0]).toMatchObject({ id: attended.id, startsAt: attended.startsAt });
    expect(sessions.slice(1).every((s) => wallClock(s.startsAt).endsWith("09:00"))).toBe(true);
  });

  it("an added exception removes only that date; unchanged sessions keep their ids", async () => {
    const { offerId, scheduleId } = await weeklySchedule();
    const before = await sessionsOf(scheduleId);
    const result = await updateSchedule(w.admin.actor, w.centre.slug, { ...weeklyForm(offerId, { exceptions: dayFromToday(17) }), scheduleId });
    expect(result).toMatchObject({ ok: true, data: { kept: 0 } });
    const after = await sessionsOf(scheduleId);
    expect(after.map((s) => s.id)).toEqual(before.filter((s) => fromDbDate(s.occurrenceDate!) !== dayFromToday(17)).map((s) => s.id));
  });

  it("archiving keeps what was touched, clears the rest and generates nothing more", async () => {
    const { offerId, scheduleId } = await weeklySchedule();
    const [attended, second] = await sessionsOf(scheduleId);
    const person = await participant();
    await db.attendance.create({
      data: { centreId: w.centre.id, sessionId: attended.id, participantId: person.id, status: "PRESENT", markedById: w.admin.user.id },
    });
    await db.volunteerTask.create({ data: { centreId: w.centre.id, sessionId: second.id, role: "pomoc przy kawie", needed: 1 } });
    const result = await archiveSchedule(w.admin.actor, w.centre.slug, { offerId, scheduleId });
    expect(result).toMatchObject({ ok: true, data: { kept: 2 } });
    expect((await db.schedule.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: scheduleId } } })).archivedAt).not.toBeNull();
    expect((await db.session.findMany({ where: { centreId: w.centre.id, scheduleId } })).map((s) => s.id).sort()).toEqual([attended.id, second.id].sort());
    expect(await archiveSchedule(w.admin.actor, w.centre.slug, { offerId, scheduleId })).toMatchObject({ ok: false, code: "conflict" });
    expect(await updateSchedule(w.admin.actor, w.centre.slug, { ...weeklyForm(offerId), scheduleId })).toMatchObject({ ok: false, code: "conflict" });
    expect((await auditEvents(w.centre.id, "schedule.archive")).some((e) => e.recordId === scheduleId)).toBe(true);
  });
});

describe("single sessions", () => {
  it("cancels with a public reason, and restores", async () => {
    const { offerId, scheduleId } = await weeklySchedule();
    const [session] = await sessionsOf(scheduleId);
    const ref = { offerId, sessionId: session.id };
    expect(await cancelSession(w.coordinator.actor, w.centre.slug, { ...ref, reason: "  " })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { reason: ["Podaj powód odwołania."] },
    });
    expect(await restoreSession(w.coordinator.actor, w.centre.slug, ref)).toMatchObject({ ok: false, code: "conflict" });
    expect(await cancelSession(w.coordinator.actor, w.centre.slug, { ...ref, reason: "Choroba prowadzącej" })).toMatchObject({ ok: true });
    expect(await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: session.id } } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Choroba prowadzącej",
    });
    expect(await moveSession(w.coordinator.actor, w.centre.slug, { ...ref, date: dayFromToday(5), startTime: "10:00", endTime: "11:00" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await restoreSession(w.coordinator.actor, w.centre.slug, ref)).toMatchObject({ ok: true });
    expect(await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: session.id } } })).toMatchObject({
      status: "PLANNED",
      cancelReason: null,
    });
    for (const action of ["session.cancel", "session.restore"]) {
      expect((await auditEvents(w.centre.id, action)).some((e) => e.recordId === session.id)).toBe(true);
    }
  });

  it("a session that was held cannot be cancelled or moved", async () => {
    const { offerId, scheduleId } = await weeklySchedule();
    const [session] = await sessionsOf(scheduleId);
    await db.session.update({ where: { centreId_id: { centreId: w.centre.id, id: session.id } }, data: { status: "HELD" } });
    const ref = { offerId, sessionId: session.id };
    expect(await cancelSession(w.admin.actor, w.centre.slug, { ...ref, reason: "x" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await moveSession(w.admin.actor, w.centre.slug, { ...ref, date: dayFromToday(5), startTime: "10:00", endTime: "11:00" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });

  it("moves a session: new times and place, the original start remembered once, its date not regenerated", async () => {
    const venue = await makeVenue(w.centre.id, "Sala gimnastyczna");
    const { offerId, scheduleId } = await weeklySchedule();
    const [session] = await sessionsOf(scheduleId);
    const ref = { offerId, sessionId: session.id };
    const first = await moveSession(w.coordinator.actor, w.centre.slug, {
      ...ref,
      date: dayFromToday(5),
      startTime: "9:30",
      endTime: "11:00",
      venueId: venue.id,
    });
    expect(first).toMatchObject({ ok: true });
    let moved = await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: session.id } } });
    expect(wallClock(moved.startsAt)).toBe(`${dayFromToday(5)} 09:30`);
    expect(wallClock(moved.endsAt)).toBe(`${dayFromToday(5)} 11:00`);
    expect(moved).toMatchObject({ venueId: venue.id, movedFrom: session.startsAt, occurrenceDate: session.occurrenceDate });

    await moveSession(w.coordinator.actor, w.centre.slug, { ...ref, date: dayFromToday(6), startTime: "12:00", endTime: "13:00" });
    moved = await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: session.id } } });
    expect(moved).toMatchObject({ movedFrom: session.startsAt, venueId: null });

    // Saving the schedule again does not bring the old date back.
    await updateSchedule(w.coordinator.actor, w.centre.slug, { ...weeklyForm(offerId), scheduleId });
    const onThatDate = await db.session.findMany({ where: { centreId: w.centre.id, scheduleId, occurrenceDate: session.occurrenceDate } });
    expect(onThatDate.map((s) => s.id)).toEqual([session.id]);
    expect(await db.session.count({ where: { centreId: w.centre.id, scheduleId, startsAt: session.startsAt } })).toBe(0);

    // Moved back to where it was meant to be, it is an ordinary date again.
    await moveSession(w.coordinator.actor, w.centre.slug, { ...ref, date: dayFromToday(3), startTime: "16:30", endTime: "18:00" });
    expect((await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: session.id } } })).movedFrom).toBeNull();
    expect((await auditEvents(w.centre.id, "session.move")).some((e) => e.recordId === session.id)).toBe(true);
  });

  it("adds an extra date that belongs to no schedule", async () => {
    const venue = await makeVenue(w.centre.id);
    const offer = await makeOffer(w.centre.id);
    const result = await addSession(w.coordinator.actor, w.centre.slug, {
      offerId: offer.id,
      date: dayFromToday(10),
      startTime: "17:00",
      endTime: "19:00",
      venueId: venue.id,
      topic: "Spotkanie z dietetykiem",
      leader: "dietetyk",
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const session = await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: result.data.sessionId } } });
    expect(session).toMatchObject({
      offerId: offer.id,
      scheduleId: null,
      occurrenceDate: null,
      status: "PLANNED",
      venueId: venue.id,
      topic: "Spotkanie z dietetykiem",
      leader: "dietetyk",
    });
    expect(wallClock(session.startsAt)).toBe(`${dayFromToday(10)} 17:00`);
    expect(wallClock(session.endsAt)).toBe(`${dayFromToday(10)} 19:00`);
    expect((await auditEvents(w.centre.id, "session.add")).some((e) => e.recordId === session.id)).toBe(true);

    expect(await addSession(w.coordinator.actor, w.centre.slug, { offerId: offer.id, date: "", startTime: "19:00", endTime: "17:00" })).toMatchObject({
      ok: false,
      fieldErrors: { date: ["Podaj datę spotkania."], endTime: ["Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia."] },
    });
  });
});

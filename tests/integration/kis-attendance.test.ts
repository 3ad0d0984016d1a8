import { addDays, format } from "date-fns";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";

let currentActor: Actor | null = null;
// The loaders' requireCentre reads the session; here it is stood in for (the checks run for real).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
vi.mock("@/server/auth/session", () => ({ getActor: async () => currentActor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-razem-pathname": "/some-centre/staff/kis" }) }));

const { saveRegister } = await import("@/features/attendance/mutations");
const { monthRegister, sessionList, sessionRegister } = await import("@/features/attendance/data");
const { attendancePolicy } = await import("@/features/attendance/policy");
const { requireCentre } = await import("@/server/page-guard");
const { authoriseCentre } = await import("@/server/tenant");
const { db } = await import("@/server/db");
const { dbDate, localDate, zonedInstant } = await import("@/server/time");
const { auditEvents, makeWorld } = await import("../factories");

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let editionId: string;
let otherEditionId: string;
const people: Record<string, string> = {};

const today = localDate(new Date());
const day = (offset: number) => format(addDays(new Date(`${today}T12:00:00Z`), offset), "yyyy-MM-dd");

async function kis(centreId: string) {
  const club = await db.offer.create({
    data: { centreId, type: "CLUB", clubKind: "KIS", slug: `kis-${Math.random().toString(36).slice(2)}`, name: "Klub Integracji Społecznej" },
  });
  const edition = await db.kisEdition.create({
    data: { centreId, offerId: club.id, number: 6, capacity: 18, status: "RUNNING", startsOn: dbDate(day(-60)), endsOn: dbDate(day(60)) },
  });
  return { club, edition };
}

let offerId: string;
async function session(offset: number, status: "PLANNED" | "HELD" | "CANCELLED" = "PLANNED", centreId = w.centre.id, edition = editionId, offer = offerId) {
  const s = await db.session.create({
    data: {
      centreId,
      offerId: offer,
      editionId: edition,
      kind: "WORKSHOP",
      startsAt: zonedInstant(day(offset), "09:00"),
      endsAt: zonedInstant(day(offset), "15:00"),
      topic: "Radzenie sobie ze stresem",
      leader: "psycholog",
      status,
    },
  });
  return s.id;
}

async function participant(
  key: string,
  status: "ENROLLED" | "COMPLETED" | "LEFT" | "REFERRED",
  from: number,
  to: number,
  centreId = w.centre.id,
  edition = editionId,
  offer = offerId,
) {
  const p = await db.participant.create({ data: { centreId, firstName: "Ewa", lastName: key, searchName: key.toLowerCase() } });
  await db.enrolment.create({
    data: { centreId, participantId: p.id, offerId: offer, editionId: edition, status, periodStart: dbDate(day(from)), periodEnd: dbDate(day(to)) },
  });
  people[key] = p.id;
  return p.id;
}

beforeAll(async () => {
  w = await makeWorld();
  const k = await kis(w.centre.id);
  editionId = k.edition.id;
  offerId = k.club.id;
  await participant("Obecna", "ENROLLED", -30, 30);
  await participant("Spóźniona", "ENROLLED", -30, 30);
  await participant("Ukończyła", "COMPLETED", -50, -1);
  await participant("Później", "ENROLLED", 5, 30);
  await participant("Skierowana", "REFERRED", -30, 30);
  const o = await kis(w.other.id);
  otherEditionId = o.edition.id;
  await participant("Obca", "ENROLLED", -30, 30, w.other.id, o.edition.id, o.club.id);
});

beforeEach(() => {
  currentActor = null;
});

const marks = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [`mark.${people[k]}`, v]));

describe("saving a session's register", () => {
  it("writes first marks for those whose period covers the day and holds the session", async () => {
    const sessionId = await session(-2);
    const result = await saveRegister(w.coordinator.actor, w.centre.slug, {
      sessionId,
      ...marks({ Obecna: "PRESENT", Spóźniona: "ABSENT", Ukończyła: "EXCUSED" }),
    });
    expect(result).toMatchObject({ ok: true, data: { created: 3, corrected: 0 } });
    const rows = await db.attendance.findMany({ where: { centreId: w.centre.id, sessionId } });
    expect(rows.map((r) => [r.participantId, r.status, r.markedById]).sort()).toEqual(
      [
        [people.Obecna, "PRESENT", w.coordinator.user.id],
        [people.Spóźniona, "ABSENT", w.coordinator.user.id],
        [people.Ukończyła, "EXCUSED", w.coordinator.user.id],
      ].sort(),
    );
    expect((await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: sessionId } } })).status).toBe("HELD");
    expect((await auditEvents(w.centre.id, "attendance.save")).some((e) => e.recordId === sessionId)).toBe(true);
    expect(await db.attendanceChange.count({ where: { centreId: w.centre.id, sessionId } })).toBe(0);
  });

  it("marks today's session, also through a form's fields", async () => {
    const sessionId = await session(0);
    const form = { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "PRESENT" }) };
    // Completed yesterday: not on today's list.
    expect(await saveRegister(w.admin.actor, w.centre.slug, form)).toMatchObject({ ok: true, data: { created: 2 } });
  });

  it("audits a correction and leaves unchanged marks alone", async () => {
    const sessionId = await session(-3);
    await saveRegister(w.coordinator.actor, w.centre.slug, { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "PRESENT", Ukończyła: "PRESENT" }) });
    const first = await db.attendance.findMany({ where: { centreId: w.centre.id, sessionId } });
    const result = await saveRegister(w.admin.actor, w.centre.slug, { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "EXCUSED", Ukończyła: "PRESENT" }) });
    expect(result).toMatchObject({ ok: true, data: { created: 0, corrected: 1 } });
    const after = await db.attendance.findMany({ where: { centreId: w.centre.id, sessionId } });
    const changed = after.find((a) => a.participantId === people.Spóźniona)!;
    expect(changed).toMatchObject({ status: "EXCUSED", markedById: w.admin.user.id });
    const untouched = after.find((a) => a.participantId === people.Obecna)!;
    expect(untouched.markedById).toBe(w.coordinator.user.id);
    expect(untouched.markedAt).toEqual(first.find((a) => a.participantId === people.Obecna)!.markedAt);
    const changes = await db.attendanceChange.findMany({ where: { centreId: w.centre.id, sessionId } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ participantId: people.Spóźniona, fromStatus: "PRESENT", toStatus: "EXCUSED", changedById: w.admin.user.id });
    const audit = await auditEvents(w.centre.id, "attendance.correct");
    expect(audit.filter((e) => e.recordId === changes[0].id)).toHaveLength(1);
    expect(audit.find((e) => e.recordId === changes[0].id)!.actorId).toBe(w.admin.user.id);

    // Saving the same marks again changes nothing.
    expect(
      await saveRegister(w.admin.actor, w.centre.slug, { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "EXCUSED", Ukończyła: "PRESENT" }) }),
    ).toMatchObject({
      ok: true,
      data: { created: 0, corrected: 0 },
    });
    expect(await db.attendanceChange.count({ where: { centreId: w.centre.id, sessionId } })).toBe(1);
  });

  it("corrects several marks at once, each to its own status, touching only those", async () => {
    const sessionId = await session(-7);
    await saveRegister(w.coordinator.actor, w.centre.slug, { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "PRESENT", Ukończyła: "PRESENT" }) });
    const result = await saveRegister(w.admin.actor, w.centre.slug, { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "ABSENT", Ukończyła: "EXCUSED" }) });
    expect(result).toMatchObject({ ok: true, data: { created: 0, corrected: 2 } });
    const after = await db.attendance.findMany({ where: { centreId: w.centre.id, sessionId } });
    const by = (key: string) => after.find((a) => a.participantId === people[key])!;
    expect([by("Obecna").status, by("Obecna").markedById]).toEqual(["PRESENT", w.coordinator.user.id]);
    expect([by("Spóźniona").status, by("Spóźniona").markedById]).toEqual(["ABSENT", w.admin.user.id]);
    expect([by("Ukończyła").status, by("Ukończyła").markedById]).toEqual(["EXCUSED", w.admin.user.id]);
    expect(by("Spóźniona").markedAt).toEqual(by("Ukończyła").markedAt);
    expect(await db.attendanceChange.count({ where: { centreId: w.centre.id, sessionId } })).toBe(2);
  });

  it("refuses a session before its day and a cancelled one", async () => {
    const future = await session(1);
    expect(await saveRegister(w.coordinator.actor, w.centre.slug, { sessionId: future, ...marks({ Obecna: "PRESENT", Spóźniona: "PRESENT" }) })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await db.attendance.count({ where: { centreId: w.centre.id, sessionId: future } })).toBe(0);
    const cancelled = await session(-4, "CANCELLED");
    expect(
      await saveRegister(w.coordinator.actor, w.centre.slug, {
        sessionId: cancelled,
        ...marks({ Obecna: "PRESENT", Spóźniona: "PRESENT", Ukończyła: "PRESENT" }),
      }),
    ).toMatchObject({ ok: false, code: "conflict" });
  });

  it("refuses participants not on the list and a list with someone missing", async () => {
    const sessionId = await session(-5);
    const all = { Obecna: "PRESENT", Spóźniona: "PRESENT", Ukończyła: "PRESENT" };
    // Referred only; starting later; another centre's participant.
    for (const stranger of ["Skierowana", "Później", "Obca"]) {
      const r = await saveRegister(w.coordinator.actor, w.centre.slug, { sessionId, ...marks({ ...all, [stranger]: "PRESENT" }) });
      expect(r).toMatchObject({ ok: false, code: "invalid" });
      expect(r.ok ? null : r.fieldErrors).toHaveProperty([`mark.${people[stranger]}`]);
    }
    const partial = await saveRegister(w.coordinator.actor, w.centre.slug, { sessionId, ...marks({ Obecna: "PRESENT" }) });
    expect(partial).toMatchObject({ ok: false, code: "validation" });
    expect(Object.keys(partial.ok ? {} : partial.fieldErrors!).sort()).toEqual([`mark.${people.Spóźniona}`, `mark.${people.Ukończyła}`].sort());
    expect(await saveRegister(w.coordinator.actor, w.centre.slug, { sessionId, ...marks({ ...all, Obecna: "LATE" }) })).toMatchObject({
      ok: false,
      code: "validation",
    });
    expect(await db.attendance.count({ where: { centreId: w.centre.id, sessionId } })).toBe(0);
  });

  it("refuses another centre, social workers, volunteers and no session", async () => {
    const sessionId = await session(-6);
    const input = { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "PRESENT", Ukończyła: "PRESENT" }) };
    expect(await saveRegister(w.otherAdmin.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await saveRegister(w.socialWorker.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveRegister(w.volunteer.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveRegister(null, w.centre.slug, input)).toMatchObject({ ok: false, code: "unauthenticated" });
    // This centre's session named through the other centre, and the other centre's session here.
    expect(await saveRegister(w.otherAdmin.actor, w.other.slug, input)).toMatchObject({ ok: false, code: "not_found" });
    const foreign = await session(-6, "PLANNED", w.other.id, otherEditionId, (await db.kisEdition.findFirstOrThrow({ where: { id: otherEditionId } })).offerId);
    expect(await saveRegister(w.coordinator.actor, w.centre.slug, { sessionId: foreign, ...marks({ Obca: "PRESENT" }) })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db.attendance.count({ where: { sessionId: { in: [sessionId, foreign] } } })).toBe(0);
  });
});

const digestOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return "resolved";
  } catch (e) {
    return (e as { digest?: string }).digest ?? String(e);
  }
};

describe("reading the register", () => {
  it("lets in only this centre's coordinators and admins", async () => {
    currentActor = w.otherAdmin.actor;
    expect(await digestOf(requireCentre(w.centre.slug, attendancePolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    for (const member of [w.socialWorker, w.volunteer]) {
      currentActor = member.actor;
      expect(await digestOf(requireCentre(w.centre.slug, attendancePolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
    for (const member of [w.coordinator, w.admin]) {
      currentActor = member.actor;
      expect(await requireCentre(w.centre.slug, attendancePolicy.view)).toMatchObject({ id: w.centre.id });
    }
  });

  it("shows the list, who marked, the corrections and the rate", async () => {
    const sessionId = await session(-8);
    await saveRegister(w.coordinator.actor, w.centre.slug, { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "PRESENT", Ukończyła: "PRESENT" }) });
    await saveRegister(w.admin.actor, w.centre.slug, { sessionId, ...marks({ Obecna: "PRESENT", Spóźniona: "ABSENT", Ukończyła: "EXCUSED" }) });
    const centre = await authoriseCentre(w.coordinator.actor, w.centre.slug, attendancePolicy.view);
    const r = (await sessionRegister(centre, editionId, sessionId))!;
    expect(r.canMark).toBe(true);
    expect(r.rows.map((x) => [x.name, x.status, x.markedBy])).toEqual([
      ["Ewa Obecna", "PRESENT", "Konrad Koordynator"],
      ["Ewa Spóźniona", "ABSENT", "Alicja Administratorka"],
      ["Ewa Ukończyła", "EXCUSED", "Alicja Administratorka"],
    ]);
    expect(r.changes.map((c) => [c.name, c.from, c.to, c.by]).sort()).toEqual([
      ["Ewa Spóźniona", "PRESENT", "ABSENT", "Alicja Administratorka"],
      ["Ewa Ukończyła", "PRESENT", "EXCUSED", "Alicja Administratorka"],
    ]);
    expect(r.rate).toBe(33);
    expect(r.tally).toEqual({ present: 1, excused: 1, absent: 1, marked: 3 });
    expect((await sessionList(centre, editionId, sessionId))!.rows).toHaveLength(3);

    // The month: the session's column and each person's marks; someone outside their period gets a dash.
    const month = localDate(zonedInstant(day(-8), "09:00")).slice(0, 7);
    const m = await monthRegister(centre, editionId, month);
    const col = m.sessions.findIndex((s) => s.id === sessionId);
    expect(col).toBeGreaterThanOrEqual(0);
    expect(m.sessions[col].rate).toBe(33);
    const row = (name: string) => m.rows.find((x) => x.name === name)!;
    expect(row("Ewa Spóźniona").cells[col]).toMatchObject({ status: "ABSENT", onList: true });
    expect(m.rows.find((x) => x.name === "Ewa Skierowana")).toBeUndefined();
  });

  it("the loaders themselves refuse volunteers and social workers, not only the page's guard", async () => {
    const sessionId = await session(-10);
    const month = localDate(new Date()).slice(0, 7);
    for (const [member, role] of [
      [w.volunteer, "VOLUNTEER"],
      [w.socialWorker, "SOCIAL_WORKER"],
    ] as const) {
      const centre = await authoriseCentre(member.actor, w.centre.slug, [role]);
      await expect(sessionRegister(centre, editionId, sessionId)).rejects.toMatchObject({ code: "forbidden" });
      await expect(sessionList(centre, editionId, sessionId)).rejects.toMatchObject({ code: "forbidden" });
      await expect(monthRegister(centre, editionId, month)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("finds nothing of another centre's edition or session", async () => {
    const sessionId = await session(-9);
    const other = await authoriseCentre(w.otherAdmin.actor, w.other.slug, attendancePolicy.view);
    expect(await sessionRegister(other, editionId, sessionId)).toBeNull();
    expect(await sessionList(other, editionId, sessionId)).toBeNull();
    expect(await sessionRegister(other, otherEditionId, sessionId)).toBeNull();
    const month = localDate(new Date()).slice(0, 7);
    expect(await monthRegister(other, editionId, month)).toEqual({ sessions: [], rows: [] });
  });
});

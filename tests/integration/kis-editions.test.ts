// KIS editions on real PostgreSQL: creating one with cycles, capacity and status, cycles and team,
// and the session grid (a cycle's rhythm, topics, events, cancelling). Every action refuses another
// centre, a volunteer and a social worker.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";

// The pages' guard reads the session; here it is stood in for (actions take their actor directly).
const session = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { actor: null as Actor | null };
});
vi.mock("@/server/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-razem-pathname": "/some-centre/staff/kis" }) }));

import {
  addEvent,
  addTeamMember,
  advanceStatus,
  changeCapacity,
  createEdition,
  planCycle,
  removeTeamMember,
  saveCycles,
  setTopics,
} from "@/features/editions/mutations";
import { editionSessions, editionSettings, getEdition, kisClubChoices, listEditions } from "@/features/editions/data";
import { editionsPolicy } from "@/features/editions/policy";
import { requireCentre } from "@/server/page-guard";
import { cancelSession } from "@/features/schedules/session-mutations";
import type { Action } from "@/server/action";
import { db } from "@/server/db";
import { authoriseCentre } from "@/server/tenant";
import { dbDate, fromDbDate } from "@/server/time";
import { auditEvents, makeMember, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let clubId: string;
let otherClubId: string;
let editionId: string;

const kisClub = (centreId: string) =>
  db.offer.create({
    data: { centreId, type: "CLUB", clubKind: "KIS", slug: `kis-${Math.random().toString(36).slice(2)}`, name: "Klub Integracji Społecznej" },
  });

const editionForm = (over: Record<string, unknown> = {}) => ({
  offerId: clubId,
  number: "6",
  startsOn: "2027-04-01",
  endsOn: "2027-10-31",
  capacity: "18",
  "cycles.0.startsOn": "2027-04-01",
  "cycles.0.endsOn": "2027-06-30",
  "cycles.1.startsOn": "2027-09-01",
  "cycles.1.endsOn": "2027-10-31",
  "cycles.2.startsOn": "",
  "cycles.2.endsOn": "",
  ...over,
});

/** Another centre's admin is not found; a volunteer and a social worker are forbidden; nothing written. */
async function refusesOutsiders(action: Action<unknown>, input: unknown) {
  expect(await action(w.otherAdmin.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "not_found" });
  expect(await action(w.volunteer.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
  expect(await action(w.socialWorker.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
  expect(await action(null, w.centre.slug, input)).toMatchObject({ ok: false, code: "unauthenticated" });
}

beforeAll(async () => {
  w = await makeWorld();
  clubId = (await kisClub(w.centre.id)).id;
  otherClubId = (await kisClub(w.other.id)).id;
});

describe("creating an edition", () => {
  it("refuses another centre, volunteers and social workers", async () => {
    await refusesOutsiders(createEdition, editionForm());
    // This centre's coordinator cannot name another centre's club.
    expect(await createEdition(w.coordinator.actor, w.centre.slug, editionForm({ offerId: otherClubId }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.kisEdition.count({ where: { offerId: clubId } })).toBe(0);
  });

  it("checks the fields with Polish messages next to each", async () => {
    const result = await createEdition(
      w.coordinator.actor,
      w.centre.slug,
      editionForm({
        capacity: "41",
        number: "0",
        endsOn: "2027-03-01",
        "cycles.0.startsOn": "2027-03-01",
        "cycles.1.startsOn": "2027-06-15",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: {
        capacity: ["Podaj liczbę miejsc od 1 do 40."],
        number: [expect.stringMatching(/numer edycji/)],
        endsOn: ["Edycja nie może kończyć się przed swoim początkiem."],
        "cycles.0.startsOn": ["Cykl musi zaczynać się w czasie edycji."],
        "cycles.1.startsOn": [expect.stringMatching(/po zakończeniu cyklu 1/)],
      },
    });
    const noCycles = await createEdition(
      w.coordinator.actor,
      w.centre.slug,
      editionForm({ "cycles.0.startsOn": "", "cycles.0.endsOn": "", "cycles.1.startsOn": "", "cycles.1.endsOn": "" }),
    );
    expect(noCycles).toMatchObject({ ok: false, fieldErrors: { cycles: [expect.stringMatching(/co najmniej jeden cykl/)] } });
    // An empty row in the middle keeps the numbering: the message stands next to the third cycle.
    const hole = await createEdition(
      w.coordinator.actor,
      w.centre.slug,
      editionForm({ "cycles.1.startsOn": "", "cycles.1.endsOn": "", "cycles.2.startsOn": "2027-06-01", "cycles.2.endsOn": "2027-07-31" }),
    );
    expect(hole).toMatchObject({
      ok: false,
      fieldErrors: { "cycles.2.startsOn": ["Cykl 3 musi zaczynać się po zakończeniu cyklu 1 (cykle następują po sobie i nie nachodzą na siebie)."] },
    });
  });

  it("creates the edition with numbered cycles, audited; the number is unique per club", async () => {
    const ok = await createEdition(w.coordinator.actor, w.centre.slug, editionForm());
    expect(ok).toMatchObject({ ok: true, message: "Utworzono edycję VI z 2 cyklami." });
    editionId = (ok as { data: { editionId: string } }).data.editionId;
    const edition = await db.kisEdition.findFirstOrThrow({ where: { id: editionId }, include: { cycles: { orderBy: { number: "asc" } } } });
    expect(edition).toMatchObject({ centreId: w.centre.id, offerId: clubId, number: 6, capacity: 18, status: "PLANNED" });
    expect(edition.cycles.map((c) => [c.number, fromDbDate(c.startsOn), fromDbDate(c.endsOn)])).toEqual([
      [1, "2027-04-01", "2027-06-30"],
      [2, "2027-09-01", "2027-10-31"],
    ]);
    expect((await auditEvents(w.centre.id, "kis.edition.create")).map((e) => e.recordId)).toContain(editionId);
    expect(await createEdition(w.admin.actor, w.centre.slug, editionForm())).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { number: [expect.any(String)] },
    });
    const centre = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    expect((await kisClubChoices(centre)).find((c) => c.id === clubId)?.nextNumber).toBe(7);
  });

  it("two coordinators creating the same number at once: one edition, the other told it exists", async () => {
    const club = await kisClub(w.centre.id);
    const form = editionForm({ offerId: club.id, number: "3" });
    const results = await Promise.all([
      createEdition(w.coordinator.actor, w.centre.slug, form),
      createEdition(w.admin.actor, w.centre.slug, form),
      createEdition(w.coordinator.actor, w.centre.slug, form),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r).toMatchObject({ code: "conflict", fieldErrors: { number: [expect.stringMatching(/^Ta edycja już istnieje/)] } });
    }
    expect(await db.kisEdition.count({ where: { offerId: club.id } })).toBe(1);
  });
});

describe("capacity and status", () => {
  it("refuses outsiders", async () => {
    await refusesOutsiders(changeCapacity, { editionId, capacity: "15" });
    await refusesOutsiders(advanceStatus, { editionId, to: "RECRUITING" });
  });

  it("never goes below the places taken; growing moves the waitlist up in order", async () => {
    const participants = await Promise.all(
      ["Pierwsza", "Druga", "Trzecia", "Czwarta"].map((lastName) =>
        db.participant.create({ data: { centreId: w.centre.id, firstName: "Ewa", lastName, searchName: lastName.toLowerCase() } }),
      ),
    );
    await db.enrolment.createMany({
      data: [
        ...participants.slice(0, 2).map((p) => ({ centreId: w.centre.id, participantId: p.id, offerId: clubId, editionId, status: "ENROLLED" as const })),
        ...participants.slice(2).map((p, i) => ({
          centreId: w.centre.id,
          participantId: p.id,
          offerId: clubId,
          editionId,
          status: "WAITLISTED" as const,
          waitlistedAt: new Date(Date.now() + i * 1000),
        })),
      ],
    });
    await db.kisEdition.update({ where: { centreId_id: { centreId: w.centre.id, id: editionId } }, data: { capacity: 2, endsOn: dbDate("2099-12-31") } });
    expect(await changeCapacity(w.coordinator.actor, w.centre.slug, { editionId, capacity: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { capacity: [expect.stringMatching(/Zajętych miejsc: 2\./)] },
    });
    expect(await changeCapacity(w.coordinator.actor, w.centre.slug, { editionId, capacity: "abc" })).toMatchObject({ ok: false, code: "validation" });
    const grown = await changeCapacity(w.coordinator.actor, w.centre.slug, { editionId, capacity: "3" });
    expect(grown).toMatchObject({ ok: true, message: expect.stringContaining("Ewa Trzecia") });
    const statuses = await db.enrolment.findMany({ where: { editionId }, select: { status: true, participant: { select: { lastName: true } } } });
    expect(statuses.find((s) => s.participant.lastName === "Trzecia")?.status).toBe("ENROLLED");
    expect(statuses.find((s) => s.participant.lastName === "Czwarta")?.status).toBe("WAITLISTED");
    await db.kisEdition.update({ where: { centreId_id: { centreId: w.centre.id, id: editionId } }, data: { endsOn: dbDate("2027-10-31") } });
    const centre = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    expect(await editionSettings(centre, editionId)).toMatchObject({ taken: 3, waitlisted: 1 });
  });

  it("moves forward one step at a time", async () => {
    expect(await advanceStatus(w.coordinator.actor, w.centre.slug, { editionId, to: "RUNNING" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await advanceStatus(w.coordinator.actor, w.centre.slug, { editionId, to: "PLANNED" })).toMatchObject({ ok: false, code: "validation" });
    expect(await advanceStatus(w.coordinator.actor, w.centre.slug, { editionId, to: "RECRUITING" })).toMatchObject({ ok: true });
    // The same press twice does not skip a step.
    expect(await advanceStatus(w.coordinator.actor, w.centre.slug, { editionId, to: "RECRUITING" })).toMatchObject({ ok: false, code: "conflict" });
    expect((await db.kisEdition.findFirstOrThrow({ where: { id: editionId } })).status).toBe("RECRUITING");
  });

  it("cannot finish while anyone is still enrolled: names who needs „Zakończ udział”", async () => {
    await db.kisEdition.update({ where: { centreId_id: { centreId: w.centre.id, id: editionId } }, data: { status: "RUNNING" } });
    const refused = await advanceStatus(w.coordinator.actor, w.centre.slug, { editionId, to: "FINISHED" });
    expect(refused).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("Zakończ udział") });
    expect((refused as { message: string }).message).toContain("Ewa Druga, Ewa Pierwsza, Ewa Trzecia");
    expect((await db.kisEdition.findFirstOrThrow({ where: { id: editionId } })).status).toBe("RUNNING");
    // With nobody enrolled it finishes.
    const club = await kisClub(w.centre.id);
    const empty = await db.kisEdition.create({
      data: {
        centreId: w.centre.id,
        offerId: club.id,
        number: 1,
        capacity: 5,
        status: "RUNNING",
        startsOn: dbDate("2026-01-01"),
        endsOn: dbDate("2026-06-30"),
      },
    });
    expect(await advanceStatus(w.coordinator.actor, w.centre.slug, { editionId: empty.id, to: "FINISHED" })).toMatchObject({ ok: true });
    await db.kisEdition.update({ where: { centreId_id: { centreId: w.centre.id, id: editionId } }, data: { status: "RECRUITING" } });
  });

  it("own slug, foreign id: another centre's admin cannot reach this centre's edition", async () => {
    expect(await changeCapacity(w.otherAdmin.actor, w.other.slug, { editionId, capacity: "30" })).toMatchObject({ ok: false, code: "not_found" });
    const cycleId = (await db.kisCycle.findFirstOrThrow({ where: { editionId, number: 1 } })).id;
    const plan = { editionId, cycleId, weekdays: ["2"], startTime: "9:00", endTime: "15:00", venueId: "" };
    expect(await planCycle(w.otherAdmin.actor, w.other.slug, plan)).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.kisEdition.findFirstOrThrow({ where: { id: editionId } })).capacity).toBe(3);
    expect(await db.session.count({ where: { editionId } })).toBe(0);
  });
});

describe("cycles and team", () => {
  it("edits cycles and adds one, checking order and the edition's dates", async () => {
    const cycles = await db.kisCycle.findMany({ where: { editionId }, orderBy: { number: "asc" } });
    const form = {
      editionId,
      "cycles.0.id": cycles[0].id,
      "cycles.0.startsOn": "2027-04-06",
      "cycles.0.endsOn": "2027-06-26",
      "cycles.1.id": cycles[1].id,
      "cycles.1.startsOn": "2027-09-01",
      "cycles.1.endsOn": "2027-09-30",
      "cycles.2.startsOn": "2027-10-01",
      "cycles.2.endsOn": "2027-10-31",
    };
    await refusesOutsiders(saveCycles, form);
    expect(await saveCycles(w.coordinator.actor, w.centre.slug, { ...form, "cycles.2.startsOn": "2027-09-15" })).toMatchObject({
      ok: false,
      fieldErrors: { "cycles.2.startsOn": [expect.stringMatching(/po zakończeniu cyklu 2/)] },
    });
    expect(await saveCycles(w.coordinator.actor, w.centre.slug, { ...form, "cycles.2.endsOn": "2027-11-30" })).toMatchObject({
      ok: false,
      fieldErrors: { "cycles.2.endsOn": ["Cykl musi kończyć się w czasie edycji."] },
    });
    expect(await saveCycles(w.coordinator.actor, w.centre.slug, form)).toMatchObject({ ok: true });
    const after = await db.kisCycle.findMany({ where: { editionId }, orderBy: { number: "asc" } });
    expect(after.map((c) => [c.number, fromDbDate(c.startsOn), fromDbDate(c.endsOn)])).toEqual([
      [1, "2027-04-06", "2027-06-26"],
      [2, "2027-09-01", "2027-09-30"],
      [3, "2027-10-01", "2027-10-31"],
    ]);
  });

  it("adds and removes team members, linked to a centre member or not", async () => {
    const input = { editionId, name: "Anna Psycholog", function: "psycholog", userId: "", basis: "umowa zlecenia", fte: "0,25" };
    await refusesOutsiders(addTeamMember, input);
    expect(await addTeamMember(w.coordinator.actor, w.centre.slug, { ...input, name: "", fte: "2", basis: "etat" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Podaj imię i nazwisko."], fte: [expect.any(String)], basis: [expect.any(String)] },
    });
    expect(await addTeamMember(w.coordinator.actor, w.centre.slug, { ...input, userId: w.otherAdmin.user.id })).toMatchObject({
      ok: false,
      code: "not_found",
      fieldErrors: { userId: [expect.any(String)] },
    });
    // Only the centre's active staff: not a volunteer, not a deactivated account.
    const gone = await makeMember(w.centre, "SOCIAL_WORKER", "Dawna Pracownica");
    await db.membership.update({ where: { centreId_id: { centreId: w.centre.id, id: gone.membershipId } }, data: { status: "DEACTIVATED" } });
    for (const userId of [w.volunteer.user.id, gone.user.id]) {
      expect(await addTeamMember(w.coordinator.actor, w.centre.slug, { ...input, userId })).toMatchObject({
        ok: false,
        code: "not_found",
        fieldErrors: { userId: [expect.any(String)] },
      });
    }
    expect(await db.kisTeamMember.count({ where: { editionId } })).toBe(0);
    const added = await addTeamMember(w.coordinator.actor, w.centre.slug, input);
    expect(added.ok).toBe(true);
    const linked = await addTeamMember(w.coordinator.actor, w.centre.slug, {
      ...input,
      name: "Paulina Pracownik",
      function: "pracownik socjalny",
      userId: w.socialWorker.user.id,
      basis: "umowa o pracę",
      fte: "0.5",
    });
    expect(linked.ok).toBe(true);
    const centre = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    const { team } = await editionSettings(centre, editionId);
    expect(team.map((t) => [t.name, t.function, t.basis, t.fte, t.email])).toEqual([
      ["Anna Psycholog", "psycholog", "umowa zlecenia", 0.25, null],
      ["Paulina Pracownik", "pracownik socjalny", "umowa o pracę", 0.5, w.socialWorker.user.email],
    ]);
    const memberId = (added as { data: { memberId: string } }).data.memberId;
    await refusesOutsiders(removeTeamMember, { editionId, memberId });
    expect(await removeTeamMember(w.coordinator.actor, w.centre.slug, { editionId, memberId })).toMatchObject({ ok: true });
    expect(await removeTeamMember(w.coordinator.actor, w.centre.slug, { editionId, memberId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.kisTeamMember.count({ where: { editionId } })).toBe(1);
  });
});

describe("the session grid", () => {
  let cycleId: string;
  beforeAll(async () => {
    cycleId = (await db.kisCycle.findFirstOrThrow({ where: { editionId, number: 2 } })).id;
  });

  it("plans a cycle's rhythm: a schedule tied to the cycle and all its workshops", async () => {
    const input = { editionId, cycleId, weekdays: ["2", "4"], startTime: "9:00", endTime: "15:00", venueId: "" };
    await refusesOutsiders(planCycle, input);
    expect(await planCycle(w.coordinator.actor, w.centre.slug, { ...input, weekdays: [], endTime: "8:00" })).toMatchObject({
      ok: false,
      fieldErrors: { weekdays: [expect.any(String)], endTime: [expect.any(String)] },
    });
    const ok = await planCycle(w.coordinator.actor, w.centre.slug, input);
    // September 2027: Tuesdays and Thursdays from the 2nd to the 30th = 9.
    expect(ok).toMatchObject({ ok: true, data: { created: 9 } });
    const schedule = await db.schedule.findFirstOrThrow({ where: { cycleId } });
    expect(schedule).toMatchObject({ offerId: clubId, rrule: "FREQ=WEEKLY;BYDAY=TU,TH", startTime: "09:00", endTime: "15:00", weekdays: [2, 4] });
    const sessions = await db.session.findMany({ where: { scheduleId: schedule.id }, orderBy: { startsAt: "asc" } });
    expect(sessions).toHaveLength(9);
    expect(sessions.every((s) => s.editionId === editionId && s.kind === "WORKSHOP" && s.centreId === w.centre.id)).toBe(true);
    expect(fromDbDate(sessions[0].occurrenceDate!)).toBe("2027-09-02");
    expect(sessions[0].startsAt.toISOString()).toBe("2027-09-02T07:00:00.000Z");
    // Planning the same cycle again would make every session twice: refused, nothing added.
    const again = await planCycle(w.coordinator.actor, w.centre.slug, { ...input, weekdays: ["1", "3"] });
    expect(again).toMatchObject({ ok: false, code: "conflict", fieldErrors: { cycleId: [expect.stringMatching(/ma już zaplanowane zajęcia/)] } });
    expect(await db.schedule.count({ where: { cycleId } })).toBe(1);
    expect(await db.session.count({ where: { editionId } })).toBe(9);
  });

  it("sets topics and specialists of many sessions in one save", async () => {
    const centre = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    const sessions = await editionSessions(centre, editionId);
    const form: Record<string, string> = { editionId };
    sessions.slice(0, 3).forEach((s, i) => {
      form[`sessions.${i}.id`] = s.id;
      form[`sessions.${i}.topic`] = ["Radzenie sobie ze stresem", "Planowanie posiłków", ""][i];
      form[`sessions.${i}.leader`] = ["psycholog", "dietetyk", ""][i];
    });
    await refusesOutsiders(setTopics, form);
    expect(await setTopics(w.coordinator.actor, w.centre.slug, { ...form, "sessions.0.topic": "x".repeat(201) })).toMatchObject({
      ok: false,
      fieldErrors: { "sessions.0.topic": [expect.any(String)] },
    });
    // A session of another centre (or edition) undoes the whole save.
    const foreign = await db.session.create({
      data: { centreId: w.other.id, offerId: otherClubId, startsAt: new Date("2027-09-03T07:00:00Z"), endsAt: new Date("2027-09-03T13:00:00Z") },
    });
    expect(await setTopics(w.coordinator.actor, w.centre.slug, { ...form, "sessions.3.id": foreign.id, "sessions.3.topic": "Obce" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect((await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: sessions[0].id } } })).topic).toBeNull();
    expect(await setTopics(w.coordinator.actor, w.centre.slug, form)).toMatchObject({ ok: true, data: { updated: 3 } });
    const after = await editionSessions(centre, editionId);
    expect(after.slice(0, 3).map((s) => [s.topic, s.leader])).toEqual([
      ["Radzenie sobie ze stresem", "psycholog"],
      ["Planowanie posiłków", "dietetyk"],
      [null, null],
    ]);
    expect((await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.other.id, id: foreign.id } } })).topic).toBeNull();
  });

  it("adds an integration event inside the edition", async () => {
    const input = { editionId, eventDate: "2027-06-18", eventStart: "12:00", eventEnd: "16:00", eventTopic: "Piknik rodzinny nad zalewem", eventVenueId: "" };
    await refusesOutsiders(addEvent, input);
    expect(await addEvent(w.coordinator.actor, w.centre.slug, { ...input, eventTopic: "", eventDate: "31.02.2027", eventEnd: "11:00" })).toMatchObject({
      ok: false,
      fieldErrors: { eventTopic: [expect.any(String)], eventDate: [expect.any(String)], eventEnd: [expect.any(String)] },
    });
    expect(await addEvent(w.coordinator.actor, w.centre.slug, { ...input, eventDate: "2027-12-01" })).toMatchObject({
      ok: false,
      fieldErrors: { eventDate: ["Wydarzenie musi odbyć się w czasie edycji."] },
    });
    // A place of another centre is refused on the event's own field (the page has a second place field, the rhythm's).
    const foreignVenue = await db.venue.create({ data: { centreId: w.other.id, name: "Sala obca", street: "ul. Obca 1", city: "Obce" } });
    expect(await addEvent(w.coordinator.actor, w.centre.slug, { ...input, eventVenueId: foreignVenue.id })).toMatchObject({
      ok: false,
      fieldErrors: { eventVenueId: ["Wybierz miejsce z listy."] },
    });
    const ok = await addEvent(w.coordinator.actor, w.centre.slug, input);
    expect(ok.ok).toBe(true);
    const event = await db.session.findFirstOrThrow({ where: { editionId, kind: "EVENT" } });
    expect(event).toMatchObject({ topic: "Piknik rodzinny nad zalewem", offerId: clubId, scheduleId: null });
  });

  it("cancels a session with a reason through the schedule engine's cancel", async () => {
    const session = await db.session.findFirstOrThrow({ where: { editionId, kind: "WORKSHOP" }, orderBy: { startsAt: "desc" } });
    const input = { offerId: clubId, sessionId: session.id, reason: "Choroba prowadzącej" };
    await refusesOutsiders(cancelSession, input);
    expect(await cancelSession(w.coordinator.actor, w.centre.slug, { ...input, reason: "" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(await cancelSession(w.coordinator.actor, w.centre.slug, input)).toMatchObject({ ok: true });
    expect(await db.session.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: session.id } } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Choroba prowadzącej",
    });
  });

  it("refuses planning once the edition has finished", async () => {
    await db.kisEdition.update({ where: { centreId_id: { centreId: w.centre.id, id: editionId } }, data: { status: "FINISHED" } });
    const cycle3 = await db.kisCycle.findFirstOrThrow({ where: { editionId, number: 3 } });
    expect(
      await planCycle(w.coordinator.actor, w.centre.slug, { editionId, cycleId: cycle3.id, weekdays: "2", startTime: "9:00", endTime: "15:00" }),
    ).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });
});

describe("the pages' loaders", () => {
  const digestOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return "resolved";
    } catch (e) {
      return (e as { digest?: string }).digest ?? String(e);
    }
  };

  it("answer 404 to another centre and 403 to volunteers and social workers", async () => {
    session.actor = w.otherAdmin.actor;
    expect(await digestOf(requireCentre(w.centre.slug, editionsPolicy.manage))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    for (const member of [w.socialWorker, w.volunteer]) {
      session.actor = member.actor;
      expect(await digestOf(requireCentre(w.centre.slug, editionsPolicy.manage))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
      expect(await digestOf(requireCentre(w.centre.slug, editionsPolicy.view))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
  });

  it("refuse volunteers and social workers themselves, not only through the page's guard", async () => {
    for (const [member, role] of [
      [w.volunteer, "VOLUNTEER"],
      [w.socialWorker, "SOCIAL_WORKER"],
    ] as const) {
      const centre = await authoriseCentre(member.actor, w.centre.slug, [role]);
      await expect(getEdition(centre, editionId)).rejects.toMatchObject({ code: "forbidden" });
      await expect(listEditions(centre)).rejects.toMatchObject({ code: "forbidden" });
      await expect(kisClubChoices(centre)).rejects.toMatchObject({ code: "forbidden" });
      await expect(editionSettings(centre, editionId)).rejects.toMatchObject({ code: "forbidden" });
      await expect(editionSessions(centre, editionId)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("load only the centre's own edition", async () => {
    session.actor = w.otherAdmin.actor;
    const other = await requireCentre(w.other.slug, editionsPolicy.manage);
    expect(await getEdition(other, editionId)).toBeNull();
    expect(await editionSessions(other, editionId)).toEqual([]);
    expect(await editionSettings(other, editionId)).toMatchObject({ taken: 0, waitlisted: 0, team: [] });
    expect((await kisClubChoices(other)).map((c) => c.id)).toEqual([otherClubId]);
    session.actor = w.coordinator.actor;
    const mine = await requireCentre(w.centre.slug, editionsPolicy.manage);
    expect(await getEdition(mine, editionId)).toMatchObject({ id: editionId, number: 6 });
  });
});

// What a volunteer can read: every loader and action open to volunteers is walked key by key and
// searched for the protected values planted around them (a client's contact and special-category
// data, a contract, another volunteer's contact and checks).
import { addDays, addHours } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { logHours, signUp, withdraw } from "@/features/volunteer-tasks/own-mutations";
import { myTaskForHours, myTasks } from "@/features/volunteer-tasks/own-data";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { db } from "@/server/db";
import { dbDate, localDate } from "@/server/time";
import { authoriseCentre } from "@/server/tenant";
import { makeMember, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let pastTaskId: string;
let futureTaskId: string;
let otherVolunteer: Awaited<ReturnType<typeof makeMember>>;

const SECRETS = {
  clientPhone: "600 999 111",
  clientEmail: "klientka.tajna@example.pl",
  clientStreet: "ul. Tajemnicza 13",
  sensitiveNote: "NOTATKA-SZCZEGOLNA",
  contractGoal: "CEL-KONTRAKTU-POUFNY",
  peerPhone: "511 222 333",
  peerEmail: "inny.wolontariusz@example.pl",
};

/** Keys no volunteer-visible result may carry, at any depth. */
const FORBIDDEN_KEYS = new Set([
  "phone",
  "email",
  "street",
  "postalCode",
  "pesel",
  "groups",
  "notes",
  "sensitive",
  "participant",
  "participants",
  "participantId",
  "household",
  "attendance",
  "contract",
  "contracts",
  "contractId",
  "mainGoal",
  "causes",
  "registerCheckOn",
  "criminalRecordOn",
  "guardianConsentOn",
  "birthYear",
  "volunteers",
  "assignments",
]);

/** Every key path of a value (arrays by index), e.g. "upcoming.0.task.session.venue.name". */
function keyPaths(value: unknown, path = ""): string[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${path}${k}`, ...keyPaths(v, `${path}${k}.`)]);
}

function expectNothingProtected(result: unknown) {
  const paths = keyPaths(result);
  expect(paths.length).toBeGreaterThan(0);
  const bad = paths.filter((p) => {
    const key = p.split(".").at(-1)!;
    // The venue's street is where the task happens: the only street a volunteer needs.
    if (key === "street") return !/(^|\.)venue\.street$/.test(p);
    return FORBIDDEN_KEYS.has(key);
  });
  expect(bad).toEqual([]);
  const text = JSON.stringify(result);
  for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
}

beforeAll(async () => {
  w = await makeWorld();
  const centreId = w.centre.id;
  const venue = await db.venue.create({ data: { centreId, name: "Centrum Aktywności Lokalnej", street: "ul. Porajów 14", city: "Warszawa" } });
  const kis = await db.offer.create({ data: { centreId, type: "CLUB", clubKind: "MOTHERS_CLUB", slug: "mamy", name: "Mamy Klub" } });
  const club = await db.offer.create({ data: { centreId, type: "CLUB", clubKind: "VOLUNTEER_CLUB", slug: "kw", name: "Klub Wolontariusza" } });
  const at = (days: number) => addDays(new Date(), days);
  const past = await db.session.create({ data: { centreId, offerId: kis.id, startsAt: at(-2), endsAt: addHours(at(-2), 2), venueId: venue.id } });
  const future = await db.session.create({ data: { centreId, offerId: kis.id, startsAt: at(4), endsAt: addHours(at(4), 2), venueId: venue.id } });
  await db.session.create({
    data: { centreId, offerId: club.id, startsAt: at(6), endsAt: addHours(at(6), 1), venueId: venue.id, topic: "Spotkanie miesięczne" },
  });

  // A client of the centre, with everything a volunteer must never see, attending the same sessions.
  const client = await db.participant.create({
    data: {
      centreId,
      firstName: "Klara",
      lastName: "Klientka",
      searchName: "klientka",
      phone: SECRETS.clientPhone,
      email: SECRETS.clientEmail,
      street: SECRETS.clientStreet,
    },
  });
  await db.participantSensitive.create({ data: { centreId, participantId: client.id, groups: ["DISABILITY"], notes: SECRETS.sensitiveNote } });
  await db.socialContract.create({
    data: {
      centreId,
      participantId: client.id,
      socialWorkerId: w.socialWorker.user.id,
      number: 1,
      year: 2026,
      variant: "B",
      status: "ACTIVE",
      periodStart: dbDate("2026-01-01"),
      periodEnd: dbDate("2026-12-31"),
      mainGoal: SECRETS.contractGoal,
    },
  });
  await db.attendance.create({ data: { centreId, sessionId: past.id, participantId: client.id, status: "PRESENT", markedById: w.coordinator.user.id } });

  const checks = { registerCheckOn: dbDate("2026-01-05"), criminalRecordOn: dbDate("2026-01-06") };
  const me = await db.volunteer.create({
    data: { centreId, userId: w.volunteer.user.id, firstName: "Wiktor", lastName: "Pomocny", birthYear: 1996, phone: "500 000 001", ...checks },
  });
  const peer = await db.volunteer.create({
    data: { centreId, firstName: "Inna", lastName: "Wolontariuszka", birthYear: 1950, phone: SECRETS.peerPhone, email: SECRETS.peerEmail, ...checks },
  });
  const coordinatorId = w.coordinator.membershipId;
  pastTaskId = (
    await db.volunteerTask.create({ data: { centreId, sessionId: past.id, role: "opieka nad dziećmi", needed: 2, withChildren: true, coordinatorId } })
  ).id;
  futureTaskId = (await db.volunteerTask.create({ data: { centreId, sessionId: future.id, role: "pomoc przy zajęciach", needed: 3, coordinatorId } })).id;
  const soon = (await db.volunteerTask.create({ data: { centreId, sessionId: future.id, role: "dyżur w szatni", needed: 1, coordinatorId } })).id;
  await db.assignment.createMany({
    data: [
      { centreId, taskId: soon, volunteerId: me.id, status: "APPROVED" },
      { centreId, taskId: pastTaskId, volunteerId: me.id, status: "APPROVED" },
      { centreId, taskId: pastTaskId, volunteerId: peer.id, status: "APPROVED" },
      { centreId, taskId: futureTaskId, volunteerId: peer.id, status: "APPROVED" },
    ],
  });
  await db.volunteerHours.create({
    data: { centreId, volunteerId: peer.id, taskId: pastTaskId, workedOn: dbDate(localDate(at(-2))), minutes: 120, description: SECRETS.peerPhone },
  });
  otherVolunteer = await makeMember(w.other, "VOLUNTEER", "Olek Obcy");
  await db.volunteer.create({ data: { centreId: w.other.id, userId: otherVolunteer.user.id, firstName: "Olek", lastName: "Obcy", birthYear: 1980 } });
});

describe("what a volunteer receives", () => {
  it("the phone page (upcoming, open, to log, meetings, hours) carries no protected field", async () => {
    const centre = await authoriseCentre(w.volunteer.actor, w.centre.slug, volunteerTasksPolicy.own);
    const page = await myTasks(centre);
    expect(page!.open.map((t) => t.id)).toContain(futureTaskId);
    expect(page!.toLog.map((t) => t.taskId)).toContain(pastTaskId);
    expect(page!.meetings).toHaveLength(1);
    expect(page!.upcoming.map((u) => u.task.role)).toEqual(["dyżur w szatni"]);
    expectNothingProtected(page);
  });

  it("the hours form of a task carries no protected field", async () => {
    const centre = await authoriseCentre(w.volunteer.actor, w.centre.slug, volunteerTasksPolicy.own);
    const form = await myTaskForHours(centre, pastTaskId);
    expect(form?.task.coordinator).toMatchObject({ name: "Konrad Koordynator" });
    expectNothingProtected(form);
  });

  it("the volunteer's actions return nothing protected", async () => {
    const signed = await signUp(w.volunteer.actor, w.centre.slug, { taskId: futureTaskId });
    expect(signed.ok).toBe(true);
    expectNothingProtected(signed);
    const withdrawn = await withdraw(w.volunteer.actor, w.centre.slug, { assignmentId: (signed as { data: { assignmentId: string } }).data.assignmentId });
    expect(withdrawn.ok).toBe(true);
    expectNothingProtected(withdrawn);
    const logged = await logHours(w.volunteer.actor, w.centre.slug, { taskId: pastTaskId, workedOn: localDate(addDays(new Date(), -2)), hours: "2" });
    expect(logged.ok).toBe(true);
    expectNothingProtected(logged);
    // A failure says nothing about the record either.
    expectNothingProtected(await logHours(w.volunteer.actor, w.centre.slug, { taskId: pastTaskId, workedOn: "zły dzień", hours: "x" }));
  });
});

describe("who is refused", () => {
  it("another centre's volunteer, for every loader and action", async () => {
    await expect(authoriseCentre(otherVolunteer.actor, w.centre.slug, volunteerTasksPolicy.own)).rejects.toMatchObject({ code: "not_found" });
    for (const result of [
      await signUp(otherVolunteer.actor, w.centre.slug, { taskId: futureTaskId }),
      await withdraw(otherVolunteer.actor, w.centre.slug, { assignmentId: futureTaskId }),
      await logHours(otherVolunteer.actor, w.centre.slug, { taskId: pastTaskId, workedOn: localDate(new Date()), hours: "1" }),
    ]) {
      expect(result).toMatchObject({ ok: false, code: "not_found" });
    }
    // Through their own centre, this centre's task does not exist.
    expect(await signUp(otherVolunteer.actor, w.other.slug, { taskId: futureTaskId })).toMatchObject({ ok: false, code: "not_found" });
    const theirs = await authoriseCentre(otherVolunteer.actor, w.other.slug, volunteerTasksPolicy.own);
    expect(await myTaskForHours(theirs, pastTaskId)).toBeNull();
    expect((await myTasks(theirs))!.open).toEqual([]);
  });

  it("staff roles for the volunteer's own pages, and a volunteer without a profile", async () => {
    await expect(authoriseCentre(w.socialWorker.actor, w.centre.slug, volunteerTasksPolicy.own)).rejects.toMatchObject({ code: "forbidden" });
    const coordinator = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    await expect(myTasks(coordinator)).rejects.toMatchObject({ code: "forbidden" });
    const bare = await makeMember(w.centre, "VOLUNTEER", "Bez Profilu");
    const centre = await authoriseCentre(bare.actor, w.centre.slug, volunteerTasksPolicy.own);
    expect(await myTasks(centre)).toBeNull();
    expect(await signUp(bare.actor, w.centre.slug, { taskId: futureTaskId })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

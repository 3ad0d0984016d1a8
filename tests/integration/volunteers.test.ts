import { addDays, format } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { currentYear } from "@/features/volunteers/age";
import { myTasks } from "@/features/volunteer-tasks/own-data";
import { expiringAgreements, getAgreement, getVolunteer, linkableAccounts, listVolunteers, volunteerStrands } from "@/features/volunteers/data";
import {
  addAgreement,
  archiveVolunteer,
  createVolunteer,
  linkAccount,
  renewAgreement,
  restoreVolunteer,
  unlinkAccount,
  updateVolunteer,
} from "@/features/volunteers/mutations";
import { db } from "@/server/db";
import { dbDate, localDate } from "@/server/time";
import { authoriseCentre } from "@/server/tenant";
import { auditEvents, makeMember, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
const year = currentYear();
const today = localDate(new Date());
const inDays = (n: number) => format(addDays(new Date(`${today}T12:00:00Z`), n), "yyyy-MM-dd");

const adult = {
  firstName: "Halina",
  lastName: "Dobroczynna",
  birthYear: String(year - 70),
  sex: "FEMALE",
  skills: "rękodzieło\n\nopowiadanie historii\n",
  availability: "przedpołudnia",
  strand: "seniorzy",
  phone: "600 100 200",
  email: "halina@example.pl",
  registerCheckOn: inDays(-10),
  criminalRecordOn: inDays(-12),
};

async function makeVolunteer(centreId: string, data: Partial<{ firstName: string; lastName: string; birthYear: number; strand: string }> = {}) {
  return db.volunteer.create({ data: { centreId, firstName: "Jan", lastName: "Pomocny", birthYear: year - 30, ...data } });
}

beforeAll(async () => {
  w = await makeWorld();
});

describe("volunteer profiles", () => {
  it("adds an adult volunteer with skills, strand and the dates of the checks", async () => {
    const result = await createVolunteer(w.coordinator.actor, w.centre.slug, adult);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const saved = await db.volunteer.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: result.data.id } } });
    expect(saved).toMatchObject({
      firstName: "Halina",
      birthYear: year - 70,
      sex: "FEMALE",
      skills: ["rękodzieło", "opowiadanie historii"],
      strand: "seniorzy",
      guardianConsentOn: null,
      registerCheckOn: dbDate(inDays(-10)),
      criminalRecordOn: dbDate(inDays(-12)),
    });
    expect(result.data.path).toBe(`/${w.centre.slug}/staff/volunteers/${result.data.id}`);
    expect(await auditEvents(w.centre.id, "volunteer.create")).toHaveLength(1);
  });

  it("refuses a minor without the guardian's consent, and takes one with it", async () => {
    const minor = { firstName: "Oliwia", lastName: "Młodziutka", birthYear: String(year - 16) };
    const refused = await createVolunteer(w.coordinator.actor, w.centre.slug, minor);
    expect(refused).toMatchObject({ ok: false, code: "validation" });
    if (refused.ok) return;
    expect(refused.fieldErrors?.guardianConsentOn?.[0]).toContain("mniej niż 18 lat");
    const taken = await createVolunteer(w.admin.actor, w.centre.slug, { ...minor, guardianConsentOn: inDays(-3) });
    expect(taken).toMatchObject({ ok: true });
    // Only the year of birth is known: someone turning 18 this year may still be 17 today.
    const turning18 = await createVolunteer(w.coordinator.actor, w.centre.slug, { ...minor, birthYear: String(year - 18) });
    expect(turning18).toMatchObject({ ok: false, fieldErrors: { guardianConsentOn: [expect.stringContaining("kończy 18 lat")] } });
    expect(await createVolunteer(w.coordinator.actor, w.centre.slug, { ...minor, birthYear: String(year - 19) })).toMatchObject({ ok: true });
  });

  it("keeps ages between 13 and 84 this year, and dates of checks not in the future", async () => {
    for (const birthYear of [year - 12, year - 85, "19x5", ""]) {
      const r = await createVolunteer(w.coordinator.actor, w.centre.slug, { ...adult, birthYear: String(birthYear) });
      expect(r).toMatchObject({ ok: false, code: "validation" });
      if (!r.ok) expect(r.fieldErrors?.birthYear).toBeDefined();
    }
    expect(await createVolunteer(w.coordinator.actor, w.centre.slug, { ...adult, birthYear: String(year - 13), guardianConsentOn: today })).toMatchObject({
      ok: true,
    });
    expect(await createVolunteer(w.coordinator.actor, w.centre.slug, { ...adult, birthYear: String(year - 84) })).toMatchObject({ ok: true });
    const future = await createVolunteer(w.coordinator.actor, w.centre.slug, { ...adult, registerCheckOn: inDays(2) });
    expect(future).toMatchObject({ ok: false });
    if (!future.ok) expect(future.fieldErrors?.registerCheckOn).toBeDefined();
    const noName = await createVolunteer(w.coordinator.actor, w.centre.slug, { ...adult, firstName: " ", sex: "X" });
    if (!noName.ok) expect(Object.keys(noName.fieldErrors ?? {}).sort()).toEqual(["firstName", "sex"]);
  });

  it("edits, archives and restores a profile", async () => {
    const v = await makeVolunteer(w.centre.id, { lastName: "Edytowany" });
    const edited = await updateVolunteer(w.coordinator.actor, w.centre.slug, { ...adult, volunteerId: v.id, lastName: "Zmieniony", strand: "" });
    expect(edited).toMatchObject({ ok: true });
    expect(await db.volunteer.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: v.id } } })).toMatchObject({
      lastName: "Zmieniony",
      strand: null,
    });
    expect(await archiveVolunteer(w.coordinator.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: true });
    expect(await archiveVolunteer(w.coordinator.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: false, code: "conflict" });
    const centre = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    expect((await listVolunteers(centre)).some((r) => r.id === v.id)).toBe(false);
    expect((await listVolunteers(centre, { archived: true })).some((r) => r.id === v.id)).toBe(true);
    expect(await restoreVolunteer(w.admin.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: true });
    expect((await listVolunteers(centre)).some((r) => r.id === v.id)).toBe(true);
  });

  it("refuses another centre, volunteers, social workers and no session", async () => {
    const v = await makeVolunteer(w.centre.id, { lastName: "Chroniony" });
    for (const action of [createVolunteer]) {
      expect(await action(w.otherAdmin.actor, w.centre.slug, adult)).toMatchObject({ ok: false, code: "not_found" });
      expect(await action(w.volunteer.actor, w.centre.slug, adult)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await action(w.socialWorker.actor, w.centre.slug, adult)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await action(null, w.centre.slug, adult)).toMatchObject({ ok: false, code: "unauthenticated" });
    }
    const update = { ...adult, volunteerId: v.id, lastName: "Włamany" };
    expect(await updateVolunteer(w.volunteer.actor, w.centre.slug, update)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateVolunteer(w.socialWorker.actor, w.centre.slug, update)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateVolunteer(w.otherAdmin.actor, w.centre.slug, update)).toMatchObject({ ok: false, code: "not_found" });
    // Named through the other centre's own address, this centre's volunteer is not found.
    expect(await updateVolunteer(w.otherAdmin.actor, w.other.slug, update)).toMatchObject({ ok: false, code: "not_found" });
    expect(await archiveVolunteer(w.otherAdmin.actor, w.other.slug, { volunteerId: v.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await archiveVolunteer(w.volunteer.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.volunteer.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: v.id } } })).toMatchObject({
      lastName: "Chroniony",
      archivedAt: null,
    });

    // Social workers do not keep the register either; restoring is refused like archiving.
    expect(await archiveVolunteer(w.socialWorker.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: false, code: "forbidden" });
    await db.volunteer.update({ where: { centreId_id: { centreId: w.centre.id, id: v.id } }, data: { archivedAt: new Date() } });
    for (const [who, slug, code] of [
      [w.volunteer, w.centre.slug, "forbidden"],
      [w.socialWorker, w.centre.slug, "forbidden"],
      [w.otherAdmin, w.centre.slug, "not_found"],
      [w.otherAdmin, w.other.slug, "not_found"],
    ] as const) {
      expect(await restoreVolunteer(who.actor, slug, { volunteerId: v.id })).toMatchObject({ ok: false, code });
    }
    expect((await db.volunteer.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: v.id } } })).archivedAt).not.toBeNull();
    await db.volunteer.update({ where: { centreId_id: { centreId: w.centre.id, id: v.id } }, data: { archivedAt: null } });

    // Loaders: the register is not for volunteers nor social workers, and another centre sees none of it.
    for (const who of [w.volunteer, w.socialWorker]) {
      const centre = await authoriseCentre(who.actor, w.centre.slug, ["ADMIN", "COORDINATOR", "SOCIAL_WORKER", "VOLUNTEER"]);
      await expect(listVolunteers(centre)).rejects.toMatchObject({ code: "forbidden" });
      await expect(getVolunteer(centre, v.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(expiringAgreements(centre)).rejects.toMatchObject({ code: "forbidden" });
      await expect(volunteerStrands(centre)).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(authoriseCentre(w.otherAdmin.actor, w.centre.slug, ["ADMIN"])).rejects.toMatchObject({ code: "not_found" });
    const other = await authoriseCentre(w.otherAdmin.actor, w.other.slug, ["ADMIN"]);
    expect(await getVolunteer(other, v.id)).toBeNull();
    expect(await listVolunteers(other)).toEqual([]);
  });
});

describe("the list", () => {
  it("searches by name, filters by strand and flags what needs attention", async () => {
    const c = await authoriseCentre(w.admin.actor, w.centre.slug, ["ADMIN"]);
    const senior = await makeVolunteer(w.centre.id, { firstName: "Zenon", lastName: "Łagodny", birthYear: year - 80, strand: "seniorzy" });
    const teen = await makeVolunteer(w.centre.id, { firstName: "Kuba", lastName: "Nastolatek", birthYear: year - 15 });
    await db.volunteer.update({
      where: { centreId_id: { centreId: w.centre.id, id: senior.id } },
      data: { registerCheckOn: dbDate(inDays(-1)), criminalRecordOn: dbDate(inDays(-1)) },
    });
    await db.volunteerAgreement.create({
      data: {
        centreId: w.centre.id,
        volunteerId: senior.id,
        signedOn: dbDate(inDays(-100)),
        scope: "dyżury",
        startsOn: dbDate(inDays(-100)),
        endsOn: dbDate(inDays(10)),
      },
    });

    const found = await listVolunteers(c, { q: "ZENON lag" });
    expect(found.map((r) => r.id)).toEqual([senior.id]);
    expect(found[0].flags).toEqual(["agreementExpiring"]);
    expect(found[0].age).toBe(80);
    const seniors = await listVolunteers(c, { strand: "seniorzy" });
    expect(seniors.every((r) => r.strand === "seniorzy")).toBe(true);
    expect(seniors.some((r) => r.id === teen.id)).toBe(false);
    const [t] = await listVolunteers(c, { q: "nastolatek" });
    expect(t.flags).toEqual(["minorWithoutConsent", "checksMissing"]);
    expect(await volunteerStrands(c)).toContain("seniorzy");
  });
});

describe("agreements", () => {
  it("records an agreement and renews it with a new one starting after it", async () => {
    const v = await makeVolunteer(w.centre.id, { lastName: "Porozumiany" });
    const first = await addAgreement(w.coordinator.actor, w.centre.slug, {
      volunteerId: v.id,
      signedOn: inDays(-340),
      scope: "Pomoc przy spotkaniach Mamy Klub",
      startsOn: inDays(-340),
      endsOn: inDays(20),
    });
    expect(first).toMatchObject({ ok: true });
    if (!first.ok) return;
    const c = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    let list = await expiringAgreements(c);
    expect(list.soon.map((a) => a.id)).toContain(first.data.id);

    const renewal = { agreementId: first.data.id, signedOn: inDays(15), scope: "Pomoc przy spotkaniach Mamy Klub", endsOn: inDays(385) };
    const overlapping = await renewAgreement(w.coordinator.actor, w.centre.slug, { ...renewal, startsOn: inDays(20) });
    expect(overlapping).toMatchObject({ ok: false, code: "conflict" });
    if (!overlapping.ok) expect(overlapping.fieldErrors?.startsOn).toBeDefined();
    const renewed = await renewAgreement(w.coordinator.actor, w.centre.slug, { ...renewal, startsOn: inDays(21) });
    expect(renewed).toMatchObject({ ok: true });
    if (!renewed.ok) return;
    expect(await db.volunteerAgreement.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: renewed.data.id } } })).toMatchObject({
      renewsId: first.data.id,
      startsOn: dbDate(inDays(21)),
    });
    // Renewed: no longer expiring; and it cannot be renewed twice.
    list = await expiringAgreements(c);
    expect(list.soon.map((a) => a.id)).not.toContain(first.data.id);
    expect(await renewAgreement(w.coordinator.actor, w.centre.slug, { ...renewal, startsOn: inDays(400), endsOn: inDays(500) })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const profile = await getVolunteer(c, v.id);
    expect(profile?.agreements.map((a) => a.id)).toEqual([renewed.data.id, first.data.id]);
    expect(await getAgreement(c, first.data.id)).toMatchObject({ renewals: [{ id: renewed.data.id }] });
    expect(await auditEvents(w.centre.id, "volunteer.agreement.renew")).toHaveLength(1);
  });

  it("lists agreements that expired without renewal, not those of archived volunteers nor far-off ones", async () => {
    const c = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    const expired = await makeVolunteer(w.centre.id, { lastName: "Wygasły" });
    const archived = await makeVolunteer(w.centre.id, { lastName: "Archiwalny" });
    const later = await makeVolunteer(w.centre.id, { lastName: "Daleki" });
    const mk = (volunteerId: string, endsOn: string) =>
      db.volunteerAgreement.create({
        data: { centreId: w.centre.id, volunteerId, signedOn: dbDate(inDays(-400)), scope: "x", startsOn: dbDate(inDays(-400)), endsOn: dbDate(endsOn) },
      });
    const e = await mk(expired.id, inDays(-5));
    const a = await mk(archived.id, inDays(5));
    const l = await mk(later.id, inDays(31));
    await db.volunteer.update({ where: { centreId_id: { centreId: w.centre.id, id: archived.id } }, data: { archivedAt: new Date() } });
    const list = await expiringAgreements(c);
    expect(list.expired.map((x) => x.id)).toContain(e.id);
    expect([...list.soon, ...list.expired].map((x) => x.id)).not.toContain(a.id);
    expect([...list.soon, ...list.expired].map((x) => x.id)).not.toContain(l.id);
    const [row] = await listVolunteers(c, { q: "Wygasły" });
    expect(row.flags).toContain("agreementExpired");
  });

  it("validates the period and refuses others", async () => {
    const v = await makeVolunteer(w.centre.id, { lastName: "Okresowy" });
    const bad = await addAgreement(w.coordinator.actor, w.centre.slug, {
      volunteerId: v.id,
      signedOn: inDays(0),
      scope: "",
      startsOn: inDays(10),
      endsOn: inDays(5),
    });
    expect(bad).toMatchObject({ ok: false, code: "validation" });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["endsOn", "scope"]);
    const order = await addAgreement(w.coordinator.actor, w.centre.slug, {
      volunteerId: v.id,
      signedOn: inDays(0),
      scope: "x",
      startsOn: inDays(10),
      endsOn: inDays(5),
    });
    if (!order.ok) expect(order.fieldErrors?.endsOn).toBeDefined();
    const good = { volunteerId: v.id, signedOn: inDays(0), scope: "x", startsOn: inDays(0), endsOn: inDays(60) };
    expect(await addAgreement(w.volunteer.actor, w.centre.slug, good)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await addAgreement(w.socialWorker.actor, w.centre.slug, good)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await addAgreement(w.otherAdmin.actor, w.other.slug, good)).toMatchObject({ ok: false, code: "not_found" });
    const made = await addAgreement(w.admin.actor, w.centre.slug, good);
    if (!made.ok) throw new Error(made.message);
    const renewal = { agreementId: made.data.id, signedOn: inDays(55), scope: "x", startsOn: inDays(61), endsOn: inDays(120) };
    expect(await renewAgreement(w.volunteer.actor, w.centre.slug, renewal)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await renewAgreement(w.socialWorker.actor, w.centre.slug, renewal)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await renewAgreement(w.otherAdmin.actor, w.other.slug, renewal)).toMatchObject({ ok: false, code: "not_found" });
    const other = await authoriseCentre(w.otherAdmin.actor, w.other.slug, ["ADMIN"]);
    expect(await getAgreement(other, made.data.id)).toBeNull();
    expect((await expiringAgreements(other)).soon).toEqual([]);
  });
});

describe("linking a profile to an account", () => {
  it("links a newly invited volunteer's account so they see 'Moje zadania', unlinks it, and refuses the rest", async () => {
    const invited = await makeMember(w.centre, "VOLUNTEER", "Nowa Wolontariuszka");
    const v = await makeVolunteer(w.centre.id, { firstName: "Nowa", lastName: "Wolontariuszka" });
    const c = await authoriseCentre(w.coordinator.actor, w.centre.slug, ["COORDINATOR"]);
    const options = await linkableAccounts(c);
    expect(options.map((o) => o.value)).toContain(invited.membershipId);
    // Only VOLUNTEER members: not the coordinator, the social worker, nor another centre's people.
    for (const m of [w.coordinator, w.socialWorker, w.admin, w.otherAdmin]) expect(options.map((o) => o.value)).not.toContain(m.membershipId);

    // Before: no profile for this account, so "Moje zadania" has nothing.
    const vCentre = await authoriseCentre(invited.actor, w.centre.slug, ["VOLUNTEER"]);
    expect(await myTasks(vCentre)).toBeNull();

    const input = { volunteerId: v.id, membershipId: invited.membershipId };
    expect(await linkAccount(invited.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await linkAccount(w.socialWorker.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await linkAccount(w.otherAdmin.actor, w.centre.slug, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await linkAccount(w.otherAdmin.actor, w.other.slug, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await linkAccount(w.coordinator.actor, w.centre.slug, { ...input, membershipId: w.socialWorker.membershipId })).toMatchObject({
      ok: false,
      fieldErrors: { membershipId: [expect.any(String)] },
    });
    expect(await linkAccount(w.coordinator.actor, w.centre.slug, { ...input, membershipId: "x" })).toMatchObject({ ok: false, code: "validation" });
    expect(await linkAccount(w.coordinator.actor, w.centre.slug, input)).toMatchObject({ ok: true });
    expect((await getVolunteer(c, v.id))?.membership?.user.name).toBe("Nowa Wolontariuszka");
    expect(await myTasks(vCentre)).toMatchObject({ firstName: "Nowa" });
    expect(await auditEvents(w.centre.id, "volunteer.linkAccount")).toHaveLength(1);
    expect((await linkableAccounts(c)).map((o) => o.value)).not.toContain(invited.membershipId);

    // One account, one profile; one profile, one account.
    const second = await makeVolunteer(w.centre.id, { lastName: "Drugi" });
    expect(await linkAccount(w.coordinator.actor, w.centre.slug, { ...input, volunteerId: second.id })).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { membershipId: [expect.stringContaining("ma już profil")] },
    });
    const another = await makeMember(w.centre, "VOLUNTEER", "Inna Osoba");
    expect(await linkAccount(w.coordinator.actor, w.centre.slug, { ...input, membershipId: another.membershipId })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    // A deactivated membership is not offered nor accepted.
    await db.membership.update({ where: { centreId_id: { centreId: w.centre.id, id: another.membershipId } }, data: { status: "DEACTIVATED" } });
    expect((await linkableAccounts(c)).map((o) => o.value)).not.toContain(another.membershipId);
    expect(await linkAccount(w.coordinator.actor, w.centre.slug, { volunteerId: second.id, membershipId: another.membershipId })).toMatchObject({
      ok: false,
      code: "not_found",
    });

    // Unlinking: refused to others; after it the account sees no tasks again and can be linked anew.
    expect(await unlinkAccount(invited.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await unlinkAccount(w.socialWorker.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await unlinkAccount(w.otherAdmin.actor, w.other.slug, { volunteerId: v.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await unlinkAccount(w.admin.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: true });
    expect(await unlinkAccount(w.admin.actor, w.centre.slug, { volunteerId: v.id })).toMatchObject({ ok: false, code: "conflict" });
    expect(await myTasks(vCentre)).toBeNull();
    expect((await linkableAccounts(c)).map((o) => o.value)).toContain(invited.membershipId);

    for (const who of [w.volunteer, w.socialWorker]) {
      const centre = await authoriseCentre(who.actor, w.centre.slug, ["ADMIN", "COORDINATOR", "SOCIAL_WORKER", "VOLUNTEER"]);
      await expect(linkableAccounts(centre)).rejects.toMatchObject({ code: "forbidden" });
    }
    const other = await authoriseCentre(w.otherAdmin.actor, w.other.slug, ["ADMIN"]);
    expect((await linkableAccounts(other)).map((o) => o.value)).not.toContain(invited.membershipId);
  });
});

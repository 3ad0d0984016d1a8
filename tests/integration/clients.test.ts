// Client records: who may reach them (every action, loader and data function), PESEL rules,
// optimistic locking, search and sort, and the special-category data whose every read is audited.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/session";

// Pages resolve their centre through requireCentre, which reads the session: stood in for here.
let currentActor: Actor | null = null;
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
vi.mock("@/server/auth/session", () => ({ getActor: async () => currentActor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-razem-pathname": "/some-centre/staff/clients" }) }));

const { listClientAudit } = await import("@/features/clients/audit-log");
const { findClientByPesel, getClient, getClientSummary, listClients, socialWorkerChoices, CLIENTS_PER_PAGE } = await import("@/features/clients/data");
const { addHouseholdMember, removeHouseholdMember, updateHouseholdMember } = await import("@/features/clients/household-mutations");
const { DUPLICATE_PESEL_MESSAGE, STALE_VERSION_MESSAGE } = await import("@/features/clients/labels");
const { archiveClient, createClient, restoreClient, updateClient, updateConsents } = await import("@/features/clients/mutations");
const { clientsPolicy } = await import("@/features/clients/policy");
const { readSensitive, updateSensitive } = await import("@/features/clients/sensitive");
const { db } = await import("@/server/db");
const { requireCentre } = await import("@/server/page-guard");
const { ALL_ROLES } = await import("@/server/roles");
const { authoriseCentre } = await import("@/server/tenant");
const { makeMember, makeWorld } = await import("../factories");

type World = Awaited<ReturnType<typeof makeWorld>>;
type Member = World["admin"];
let w: World;
let otherWorker: Member;
let clientId: string;
let memberId: string;

const client = (extra: object = {}) => ({ firstName: "Anna", lastName: "Kowalska", sex: "FEMALE", city: "Warszawa", ...extra });

/** Creates a client as the centre's social worker and returns its id. */
async function made(input: object, world = w) {
  const result = await createClient(world.socialWorker.actor, world.centre.slug, input);
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.id;
}

const row = (id: string) => db.participant.findFirstOrThrow({ where: { id } });
const centreAs = (member: Member, slug = w.centre.slug) => authoriseCentre(member.actor, slug, ALL_ROLES);
const readsOf = (id: string) => db.auditEvent.count({ where: { action: "participant.sensitive.read", recordId: id } });

beforeAll(async () => {
  w = await makeWorld();
  otherWorker = await makeMember(w.other, "SOCIAL_WORKER", "Olaf Obcy");
  clientId = await made(client({ pesel: "44051401359", firstName: "Jan", lastName: "Nowak", sex: "" }));
  const member = await addHouseholdMember(w.socialWorker.actor, w.centre.slug, { participantId: clientId, name: "Maria Nowak", relation: "żona" });
  if (!member.ok) throw new Error(member.message);
  memberId = member.data.id;
  const sensitive = await updateSensitive(w.socialWorker.actor, w.centre.slug, {
    participantId: clientId,
    groups: ["LONG_TERM_UNEMPLOYED", "DISABILITY"],
    notes: "Orzeczenie o stopniu niepełnosprawności",
    loadedVersion: "",
  });
  if (!sensitive.ok) throw new Error(sensitive.message);
});

beforeEach(() => {
  currentActor = null;
});

describe("every client action refuses outsiders, coordinators and volunteers", () => {
  const version = async () => String((await row(clientId)).version);
  const loaded = async () => (await db.participantSensitive.findFirst({ where: { participantId: clientId } }))?.updatedAt.toISOString() ?? "";
  const cases = [
    ["create", () => createClient, async () => client({ lastName: `Obca ${Math.random()}` })],
    ["update", () => updateClient, async () => client({ participantId: clientId, version: await version(), lastName: "Przejęta" })],
    ["save consents", () => updateConsents, async () => ({ participantId: clientId, version: await version(), imageConsentOn: "2026-01-02" })],
    ["archive", () => archiveClient, async () => ({ participantId: clientId })],
    ["restore", () => restoreClient, async () => ({ participantId: clientId })],
    ["add a household member", () => addHouseholdMember, async () => ({ participantId: clientId, name: "Obcy", relation: "brat" })],
    ["edit a household member", () => updateHouseholdMember, async () => ({ participantId: clientId, memberId, name: "Obcy", relation: "brat" })],
    ["remove a household member", () => removeHouseholdMember, async () => ({ participantId: clientId, memberId })],
    ["save special-category data", () => updateSensitive, async () => ({ participantId: clientId, groups: ["REFUGEE"], loadedVersion: await loaded() })],
  ] as const;

  const snapshot = async () => ({
    clients: await db.participant.findMany({ where: { centreId: w.centre.id }, orderBy: { id: "asc" } }),
    sensitive: await db.participantSensitive.findMany({ where: { centreId: w.centre.id } }),
    household: await db.householdMember.findMany({ where: { centreId: w.centre.id }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count({ where: { centreId: w.centre.id } }),
  });

  for (const [name, action, input] of cases) {
    for (const outsider of ["otherAdmin", "otherWorker"] as const) {
      it(`${name}: another centre's ${outsider === "otherAdmin" ? "admin" : "social worker"} gets "not found", nothing changes`, async () => {
        const who = outsider === "otherAdmin" ? w.otherAdmin : otherWorker;
        const before = await snapshot();
        expect(await action()(who.actor, w.centre.slug, await input())).toMatchObject({ ok: false, code: "not_found" });
        expect(await snapshot()).toEqual(before);
      });
    }

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

    if (name !== "create") {
      it(`${name}: another centre's social worker cannot reach this client through their own centre`, async () => {
        const before = await snapshot();
        expect(await action()(otherWorker.actor, w.other.slug, await input())).toMatchObject({ ok: false, code: "not_found" });
        expect(await snapshot()).toEqual(before);
      });
    }
  }
});

describe("every loader and data function refuses outsiders, coordinators and volunteers", () => {
  const digestOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return "resolved";
    } catch (e) {
      return (e as { digest?: string }).digest ?? String(e);
    }
  };

  it("the pages answer 404 to another centre and 403 to a coordinator or volunteer", async () => {
    for (const allow of Object.values(clientsPolicy)) {
      for (const outsider of [w.otherAdmin, otherWorker]) {
        currentActor = outsider.actor;
        expect(await digestOf(requireCentre(w.centre.slug, allow))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
      }
      for (const member of [w.coordinator, w.volunteer]) {
        currentActor = member.actor;
        expect(await digestOf(requireCentre(w.centre.slug, allow))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
      }
    }
    currentActor = w.socialWorker.actor;
    expect(await digestOf(requireCentre(w.centre.slug, clientsPolicy.audit))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await requireCentre(w.centre.slug, clientsPolicy.sensitive)).toMatchObject({ id: w.centre.id });
  });

  const reads = [
    ["listClients", (c: Awaited<ReturnType<typeof centreAs>>) => listClients(c)],
    ["getClient", (c: Awaited<ReturnType<typeof centreAs>>) => getClient(c, clientId)],
    ["getClientSummary", (c: Awaited<ReturnType<typeof centreAs>>) => getClientSummary(c, clientId)],
    ["socialWorkerChoices", (c: Awaited<ReturnType<typeof centreAs>>) => socialWorkerChoices(c)],
    ["findClientByPesel", (c: Awaited<ReturnType<typeof centreAs>>) => findClientByPesel(c, "44051401359")],
    ["readSensitive", (c: Awaited<ReturnType<typeof centreAs>>) => readSensitive(c, clientId)],
    ["listClientAudit", (c: Awaited<ReturnType<typeof centreAs>>) => listClientAudit(c, clientId)],
  ] as const;

  for (const [name, read] of reads) {
    it(`${name}: a coordinator or volunteer of the centre is refused, and reads nothing`, async () => {
      const before = await readsOf(clientId);
      for (const member of [w.coordinator, w.volunteer]) {
        await expect(read(await centreAs(member))).rejects.toMatchObject({ code: "forbidden" });
      }
      expect(await readsOf(clientId)).toBe(before);
    });

    it(`${name}: another centre's admin or social worker finds nothing of this centre's`, async () => {
      const before = await readsOf(clientId);
      for (const outsider of [w.otherAdmin, otherWorker]) {
        await expect(centreAs(outsider)).rejects.toMatchObject({ code: "not_found" });
        const own = await centreAs(outsider, w.other.slug).catch(() => null);
        const result = name === "listClientAudit" && outsider === otherWorker ? null : await read(own!);
        if (name === "listClients") expect((result as { clients: unknown[] }).clients).toEqual([]);
        else if (name === "socialWorkerChoices") expect((result as { userId: string }[]).map((c) => c.userId)).not.toContain(w.socialWorker.user.id);
        else expect(result).toBeNull();
      }
      expect(await readsOf(clientId)).toBe(before);
    });
  }

  it("the audit log is the admin's alone", async () => {
    await expect(listClientAudit(await centreAs(w.socialWorker), clientId)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("special-category data", () => {
  it("every read writes exactly one audit event, naming only the record", async () => {
    const before = await readsOf(clientId);
    const data = await readSensitive(await centreAs(w.socialWorker), clientId);
    expect(data).toMatchObject({ groups: ["LONG_TERM_UNEMPLOYED", "DISABILITY"], notes: "Orzeczenie o stopniu niepełnosprawności" });
    expect(await readsOf(clientId)).toBe(before + 1);
    await readSensitive(await centreAs(w.admin), clientId);
    expect(await readsOf(clientId)).toBe(before + 2);
    const last = await db.auditEvent.findFirstOrThrow({ where: { action: "participant.sensitive.read", recordId: clientId }, orderBy: { at: "desc" } });
    expect(last).toMatchObject({ centreId: w.centre.id, actorId: w.admin.user.id, recordType: "Participant", recordId: clientId });
  });

  it("a refused or missing read writes nothing and returns nothing", async () => {
    const before = await db.auditEvent.count({ where: { action: "participant.sensitive.read" } });
    await expect(readSensitive(await centreAs(w.volunteer), clientId)).rejects.toMatchObject({ code: "forbidden" });
    expect(await readSensitive(await centreAs(w.socialWorker), "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await readSensitive(await centreAs(w.socialWorker), "nie-uuid")).toBeNull();
    expect(await readSensitive(await centreAs(otherWorker, w.other.slug), clientId)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "participant.sensitive.read" } })).toBe(before);
  });

  it("a change is audited, and a save over someone else's newer one is refused", async () => {
    const id = await made(client({ lastName: "Wrażliwa" }));
    const first = await readSensitive(await centreAs(w.socialWorker), id);
    expect(first).toMatchObject({ groups: [], notes: null, loadedVersion: "" });
    const saved = await updateSensitive(w.socialWorker.actor, w.centre.slug, { participantId: id, groups: ["HOMELESS", "REFUGEE"], loadedVersion: "" });
    expect(saved.ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "participant.sensitive.update", recordId: id } })).toBe(1);
    // The admin still has the form opened before that save.
    const stale = await updateSensitive(w.admin.actor, w.centre.slug, { participantId: id, groups: [], notes: "Inne", loadedVersion: "" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", message: STALE_VERSION_MESSAGE });
    const now = await readSensitive(await centreAs(w.admin), id);
    expect(now).toMatchObject({ groups: ["HOMELESS", "REFUGEE"], notes: null });
    const again = await updateSensitive(w.admin.actor, w.centre.slug, {
      participantId: id,
      groups: "DISABILITY",
      notes: "Inne",
      loadedVersion: now!.loadedVersion,
    });
    expect(again.ok).toBe(true);
    expect(await db.participantSensitive.findFirstOrThrow({ where: { participantId: id } })).toMatchObject({ groups: ["DISABILITY"], notes: "Inne" });
  });

  it("refuses a group that is not in the statute", async () => {
    const result = await updateSensitive(w.admin.actor, w.centre.slug, { participantId: clientId, groups: ["VIP"], loadedVersion: "" });
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { "groups.0": ["Nie rozpoznano grupy."] } });
  });

  it("the client list and page data hold no special-category field", async () => {
    const keysOf = (value: unknown): string[] =>
      value && typeof value === "object" && !(value instanceof Date) ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];
    const centre = await centreAs(w.socialWorker);
    const list = await listClients(centre);
    const page = await getClient(centre, clientId);
    const summary = await getClientSummary(centre, clientId);
    expect(list.clients.length).toBeGreaterThan(0);
    for (const data of [list, page, summary]) {
      const keys = keysOf(data);
      for (const forbidden of ["sensitive", "groups", "notes"]) expect(keys).not.toContain(forbidden);
      expect(JSON.stringify(data)).not.toMatch(/LONG_TERM_UNEMPLOYED|Orzeczenie/);
    }
    expect(Object.keys(list.clients[0]).sort()).toEqual([
      "archivedAt",
      "birthYear",
      "city",
      "district",
      "firstName",
      "id",
      "lastName",
      "phone",
      "socialWorker",
    ]);
  });
});

describe("PESEL", () => {
  it("fills year of birth and sex from a valid PESEL", async () => {
    expect(await row(clientId)).toMatchObject({ pesel: "44051401359", birthYear: 1944, sex: "MALE", searchName: "nowak jan" });
  });

  it("answers a wrong checksum, a wrong length and disagreeing fields next to each field", async () => {
    const checksum = await createClient(w.socialWorker.actor, w.centre.slug, client({ pesel: "44051401358" }));
    expect(checksum).toMatchObject({ ok: false, code: "validation", fieldErrors: { pesel: [expect.stringContaining("cyfra kontrolna")] } });
    const short = await createClient(w.socialWorker.actor, w.centre.slug, client({ pesel: "4405140135" }));
    expect(short).toMatchObject({ fieldErrors: { pesel: [expect.stringContaining("11 cyfr")] } });
    const disagree = await createClient(
      w.socialWorker.actor,
      w.centre.slug,
      client({ pesel: "440514 01359", birthYear: "1945", sex: "FEMALE", lastName: " " }),
    );
    expect(disagree).toMatchObject({
      ok: false,
      fieldErrors: {
        birthYear: ["Rok urodzenia nie zgadza się z numerem PESEL, z którego wynika 1944."],
        sex: ["Płeć nie zgadza się z numerem PESEL, z którego wynika: mężczyzna."],
        lastName: ["Podaj nazwisko."],
      },
    });
    const noSex = await createClient(w.socialWorker.actor, w.centre.slug, client({ sex: "", birthYear: "19x5" }));
    expect(noSex).toMatchObject({ fieldErrors: { sex: [expect.stringContaining("Wybierz płeć")], birthYear: [expect.stringContaining("cztery cyfry")] } });
  });

  it("agreeing year and sex are accepted as typed", async () => {
    const id = await made(client({ pesel: "75010112346", birthYear: "1975", sex: "FEMALE", lastName: "Zgodna" }));
    expect(await row(id)).toMatchObject({ birthYear: 1975, sex: "FEMALE" });
  });

  it("a PESEL is once per centre: a duplicate is refused with a link to that client, in this centre only", async () => {
    const duplicate = await createClient(w.admin.actor, w.centre.slug, client({ pesel: "44051401359", sex: "" }));
    expect(duplicate).toMatchObject({ ok: false, code: "conflict", fieldErrors: { pesel: [DUPLICATE_PESEL_MESSAGE] } });
    expect(await findClientByPesel(await centreAs(w.admin), "440514-01359")).toMatchObject({ id: clientId });
    // Another centre keeps its own records, and finds nothing of this one.
    const elsewhere = await createClient(otherWorker.actor, w.other.slug, client({ pesel: "44051401359", sex: "" }));
    expect(elsewhere.ok).toBe(true);
    const theirs = await findClientByPesel(await centreAs(otherWorker, w.other.slug), "44051401359");
    expect(theirs?.id).not.toBe(clientId);
    // Editing another client to the same number is refused too; keeping one's own is fine.
    const id = await made(client({ lastName: "Druga" }));
    const clash = await updateClient(w.admin.actor, w.centre.slug, client({ participantId: id, version: "1", pesel: "44051401359", sex: "" }));
    expect(clash).toMatchObject({ ok: false, code: "conflict", fieldErrors: { pesel: [DUPLICATE_PESEL_MESSAGE] } });
    const own = await updateClient(w.admin.actor, w.centre.slug, {
      ...client({ firstName: "Jan", lastName: "Nowak", pesel: "44051401359", sex: "MALE" }),
      participantId: clientId,
      version: String((await row(clientId)).version),
    });
    expect(own.ok).toBe(true);
  });

  it("two clients saved at once with one PESEL: one is saved, the other told why", async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) => createClient(w.socialWorker.actor, w.centre.slug, client({ lastName: `Równoległa ${n}`, pesel: "02270803624" }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.message))).toEqual([DUPLICATE_PESEL_MESSAGE, DUPLICATE_PESEL_MESSAGE]);
  });
});

describe("editing", () => {
  it("moves the version on with every save and refuses a stale one, changing nothing", async () => {
    const id = await made(client({ lastName: "Wersja" }));
    expect((await row(id)).version).toBe(1);
    const first = await updateClient(
      w.socialWorker.actor,
      w.centre.slug,
      client({ participantId: id, version: "1", lastName: "Wersja-Nowa", phone: "600 100 200" }),
    );
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await updateClient(w.admin.actor, w.centre.slug, client({ participantId: id, version: "1", lastName: "Nadpisana" }));
    expect(stale).toMatchObject({ ok: false, code: "conflict", message: STALE_VERSION_MESSAGE });
    expect(await row(id)).toMatchObject({ lastName: "Wersja-Nowa", searchName: "wersja-nowa anna", phone: "600 100 200", version: 2 });
    const consents = await updateConsents(w.admin.actor, w.centre.slug, {
      participantId: id,
      version: "2",
      consentParticipationOn: "2.03.2026",
      dataInfoGivenOn: "2026-03-02",
    });
    expect(consents).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await updateConsents(w.admin.actor, w.centre.slug, { participantId: id, version: "2", imageConsentOn: "2026-03-02" })).toMatchObject({
      code: "conflict",
    });
    expect(await archiveClient(w.admin.actor, w.centre.slug, { participantId: id })).toMatchObject({ ok: true });
    expect((await row(id)).version).toBe(4);
  });

  it("clears fields left empty, and keeps consent dates", async () => {
    const id = await made(client({ lastName: "Czysta", phone: "600 100 200", email: "Anna@Example.PL", postalCode: "03-188", district: "Tarchomin" }));
    expect(await row(id)).toMatchObject({ email: "anna@example.pl", postalCode: "03-188" });
    const result = await updateClient(
      w.socialWorker.actor,
      w.centre.slug,
      client({ participantId: id, version: "1", lastName: "Czysta", phone: "", email: "", district: "" }),
    );
    expect(result.ok).toBe(true);
    expect(await row(id)).toMatchObject({ phone: null, email: null, postalCode: null, district: null });
    await updateConsents(w.admin.actor, w.centre.slug, { participantId: id, version: "2", consentParticipationOn: "02.03.2026", imageConsentOn: "" });
    const saved = await row(id);
    expect(saved.consentParticipationOn?.toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(saved.imageConsentOn).toBeNull();
  });

  it("refuses a consent date in the future and a bad postal code", async () => {
    const future = await updateConsents(w.admin.actor, w.centre.slug, { participantId: clientId, version: "99", imageConsentOn: "2999-01-01" });
    expect(future).toMatchObject({ ok: false, fieldErrors: { imageConsentOn: ["Data nie może być późniejsza niż dzisiaj."] } });
    const postal = await createClient(w.admin.actor, w.centre.slug, client({ postalCode: "03188" }));
    expect(postal).toMatchObject({ fieldErrors: { postalCode: [expect.stringContaining("00-000")] } });
  });

  it("archives and restores, each audited against the client", async () => {
    const id = await made(client({ lastName: "Archiwalna" }));
    await archiveClient(w.admin.actor, w.centre.slug, { participantId: id });
    expect((await row(id)).archivedAt).not.toBeNull();
    const centre = await centreAs(w.admin);
    expect((await listClients(centre, { q: "archiwalna" })).total).toBe(0);
    expect((await listClients(centre, { q: "archiwalna", archived: true })).total).toBe(1);
    await restoreClient(w.admin.actor, w.centre.slug, { participantId: id });
    expect((await row(id)).archivedAt).toBeNull();
    const actions = (await db.auditEvent.findMany({ where: { recordId: id }, orderBy: { at: "asc" } })).map((e) => [e.action, e.recordType]);
    expect(actions).toEqual([
      ["participant.create", "Participant"],
      ["participant.archive", "Participant"],
      ["participant.restore", "Participant"],
    ]);
  });
});

describe("the assigned social worker", () => {
  it("is an active social worker or admin of this centre", async () => {
    const id = await made(client({ lastName: "Przydzielona", socialWorkerId: w.socialWorker.user.id }));
    expect((await row(id)).socialWorkerId).toBe(w.socialWorker.user.id);
    const assign = async (userId: string) =>
      updateClient(w.admin.actor, w.centre.slug, client({ participantId: id, version: String((await row(id)).version), socialWorkerId: userId }));
    expect(await assign(otherWorker.user.id)).toMatchObject({ ok: false, code: "not_found", fieldErrors: { socialWorkerId: [expect.any(String)] } });
    for (const weaker of [w.volunteer, w.coordinator]) {
      expect(await assign(weaker.user.id)).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { socialWorkerId: [expect.stringContaining("aktywnemu")] },
      });
    }
    const gone = await makeMember(w.centre, "SOCIAL_WORKER", "Zofia Odeszła");
    await db.membership.update({ where: { centreId_id: { centreId: w.centre.id, id: gone.membershipId } }, data: { status: "DEACTIVATED" } });
    expect(await assign(gone.user.id)).toMatchObject({ ok: false, code: "invalid" });
    expect(await assign(w.admin.user.id)).toMatchObject({ ok: true });
    expect((await row(id)).socialWorkerId).toBe(w.admin.user.id);
    const created = await createClient(w.admin.actor, w.centre.slug, client({ socialWorkerId: w.volunteer.user.id }));
    expect(created).toMatchObject({ ok: false, code: "invalid" });
  });

  it("the choices are the centre's active social workers and admins", async () => {
    const choices = await socialWorkerChoices(await centreAs(w.admin));
    const ids = choices.map((c) => c.userId);
    expect(ids).toContain(w.socialWorker.user.id);
    expect(ids).toContain(w.admin.user.id);
    for (const not of [w.coordinator, w.volunteer, otherWorker]) expect(ids).not.toContain(not.user.id);
  });
});

describe("the household", () => {
  it("members are added, edited and removed, audited against the client", async () => {
    const id = await made(client({ lastName: "Rodzinna" }));
    const added = await addHouseholdMember(w.socialWorker.actor, w.centre.slug, {
      participantId: id,
      name: "Kasia Rodzinna",
      relation: "córka",
      birthYear: "2015",
    });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const edited = await updateHouseholdMember(w.socialWorker.actor, w.centre.slug, {
      participantId: id,
      memberId: added.data.id,
      name: "Katarzyna Rodzinna",
      relation: "córka",
      birthYear: "",
    });
    expect(edited.ok).toBe(true);
    expect((await getClient(await centreAs(w.socialWorker), id))?.household).toEqual([
      { id: added.data.id, name: "Katarzyna Rodzinna", relation: "córka", birthYear: null },
    ]);
    // Another client's member cannot be reached through this client.
    expect(await removeHouseholdMember(w.socialWorker.actor, w.centre.slug, { participantId: clientId, memberId: added.data.id })).toMatchObject({
      code: "not_found",
    });
    expect(await removeHouseholdMember(w.socialWorker.actor, w.centre.slug, { participantId: id, memberId: added.data.id })).toMatchObject({ ok: true });
    expect(await db.householdMember.count({ where: { participantId: id } })).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { recordType: "Participant", recordId: id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["participant.create", "household.add", "household.update", "household.remove"]);
  });

  it("refuses a member without name or relation", async () => {
    const result = await addHouseholdMember(w.socialWorker.actor, w.centre.slug, { participantId: clientId, name: "", relation: " " });
    expect(result).toMatchObject({ fieldErrors: { name: ["Podaj imię i nazwisko."], relation: ["Podaj pokrewieństwo lub relację."] } });
  });
});

describe("search and sort", () => {
  let s: World;
  let mine: Member;
  beforeAll(async () => {
    s = await makeWorld();
    mine = s.socialWorker;
    const rows = [
      ["Łucja", "Przykładowa", mine.user.id],
      ["Leon", "Lis", null],
      ["Łukasz", "Łukasik", mine.user.id],
      ["Lena", "Lato", s.admin.user.id],
      ["Marek", "Mazur", null],
      ["Żaneta", "Żak", null],
      ["Zenon", "Zając", null],
    ] as const;
    for (const [firstName, lastName, socialWorkerId] of rows) {
      await made(client({ firstName, lastName, socialWorkerId: socialWorkerId ?? "" }), s);
    }
  });

  const names = (r: { clients: { lastName: string }[] }) => r.clients.map((c) => c.lastName);

  it("sorts by last name with Polish collation (Ł after L, Ż after Z)", async () => {
    const all = await listClients(await centreAs(s.admin, s.centre.slug));
    expect(names(all)).toEqual(["Lato", "Lis", "Łukasik", "Mazur", "Przykładowa", "Zając", "Żak"]);
  });

  it("finds by name whatever the case and Polish letters", async () => {
    const centre = await centreAs(s.socialWorker, s.centre.slug);
    expect(names(await listClients(centre, { q: "lucja przykladowa" }))).toEqual(["Przykładowa"]);
    expect(names(await listClients(centre, { q: "PRZYKŁADOWA Łucja" }))).toEqual(["Przykładowa"]);
    expect(names(await listClients(centre, { q: "luk" }))).toEqual(["Łukasik"]);
    expect(names(await listClients(centre, { q: "zak" }))).toEqual(["Żak"]);
    expect(names(await listClients(centre, { q: "nikt taki" }))).toEqual([]);
  });

  it("filters by social worker: mine, none, or a chosen person", async () => {
    const centre = await centreAs(mine, s.centre.slug);
    expect(names(await listClients(centre, { socialWorker: "mine" }))).toEqual(["Łukasik", "Przykładowa"]);
    expect(names(await listClients(centre, { socialWorker: s.admin.user.id }))).toEqual(["Lato"]);
    expect(names(await listClients(centre, { socialWorker: "none" }))).toEqual(["Lis", "Mazur", "Zając", "Żak"]);
    expect(names(await listClients(centre, { socialWorker: "mine", q: "lucja" }))).toEqual(["Przykładowa"]);
  });

  it("pages through a long list", async () => {
    const centre = await centreAs(s.admin, s.centre.slug);
    await db.participant.createMany({
      data: Array.from({ length: CLIENTS_PER_PAGE + 3 }, (_, i) => ({
        centreId: s.centre.id,
        firstName: "Osoba",
        lastName: `Wielu ${String(i).padStart(2, "0")}`,
        searchName: `wielu ${String(i).padStart(2, "0")} osoba`,
      })),
    });
    const first = await listClients(centre, { q: "wielu" });
    const second = await listClients(centre, { q: "wielu", page: 2 });
    expect(first).toMatchObject({ total: CLIENTS_PER_PAGE + 3, page: 1, pages: 2 });
    expect(first.clients).toHaveLength(CLIENTS_PER_PAGE);
    expect(names(second)).toEqual(["Wielu 25", "Wielu 26", "Wielu 27"]);
    // An old link past the end shows the last page.
    expect(await listClients(centre, { q: "wielu", page: 99 })).toMatchObject({ page: 2, clients: second.clients });
  });
});

describe("the audit log of a client", () => {
  it("shows the admin who did what and when, for this client only, without personal data", async () => {
    const id = await made(client({ lastName: "Dziennikowa", pesel: "02211500173", sex: "" }));
    await readSensitive(await centreAs(w.socialWorker), id);
    await updateClient(w.admin.actor, w.centre.slug, client({ participantId: id, version: "1", lastName: "Dziennikowa", pesel: "02211500173", sex: "" }));
    const log = await listClientAudit(await centreAs(w.admin), id);
    expect(log?.events.map((e) => [e.action, e.actorName])).toEqual([
      ["participant.update", "Alicja Administratorka"],
      ["participant.sensitive.read", "Paulina Pracownik"],
      ["participant.create", "Paulina Pracownik"],
    ]);
    const rows = await db.auditEvent.findMany({ where: { recordId: id } });
    expect(JSON.stringify(rows)).not.toMatch(/Dziennikowa|02211500173|Anna/);
  });

  it("an unknown client or another centre's has no log", async () => {
    expect(await listClientAudit(await centreAs(w.admin), "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await listClientAudit(await centreAs(w.otherAdmin, w.other.slug), clientId)).toBeNull();
  });
});

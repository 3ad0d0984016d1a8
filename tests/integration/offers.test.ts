import { beforeAll, describe, expect, it } from "vitest";
import { removeIndicator, saveIndicator } from "@/features/offers/indicator-mutations";
import { archiveOffer, createOffer, restoreOffer, updateOffer } from "@/features/offers/mutations";
import { getOfferForEdit, listOffers } from "@/features/offers/data";
import { saveTranslation } from "@/features/offers/translation-mutations";
import { getPublicCentre, getPublicOffer } from "@/features/public-site/data";
import { db } from "@/server/db";
import { foldForSearch } from "@/server/search-text";
import { authoriseCentre } from "@/server/tenant";
import { auditEvents, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let programmeId: string;
let indicatorId: string;

const club = (extra: object = {}) => ({ type: "CLUB", name: "Klub Seniora", clubKind: "SENIOR_CLUB", joinMode: "OPEN", isPublic: "on", ...extra });
const group = (extra: object = {}) => ({ type: "GROUP", name: "Grupa wsparcia", joinMode: "REFERRAL", topic: "żałoba", ...extra });
const programme = (extra: object = {}) => ({
  type: "PROGRAMME",
  name: "Program Aktywności Lokalnej",
  programmeKind: "LOCAL_ACTIVITY",
  joinMode: "REFERRAL",
  startsOn: "2026-03-01",
  endsOn: "2026-12-31",
  partners: "Parafialny Zespół Caritas\n\n  Szkoła Podstawowa nr 5  \n",
  specialists: "psycholog\ndoradca zawodowy",
  isPublic: "on",
  ...extra,
});

/** Creates an offer as the centre's admin and returns its id and slug. */
async function made(input: object, world = w) {
  const result = await createOffer(world.admin.actor, world.centre.slug, input);
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

const centreOf = (world = w) => authoriseCentre(world.admin.actor, world.centre.slug, ["ADMIN"]);

beforeAll(async () => {
  w = await makeWorld();
  programmeId = (await made(programme())).id;
  const indicator = await saveIndicator(w.admin.actor, w.centre.slug, { offerId: programmeId, name: "Uczestnicy", target: "20", achieved: "5" });
  if (!indicator.ok) throw new Error(indicator.message);
  indicatorId = indicator.data.id;
});

describe("every offer action refuses outsiders and weaker roles", () => {
  const cases = [
    ["create", () => createOffer, () => club({ name: `Obcy klub ${Math.random()}` })],
    ["update", () => updateOffer, () => programme({ offerId: programmeId, name: "Przejęty program" })],
    ["archive", () => archiveOffer, () => ({ offerId: programmeId })],
    ["restore", () => restoreOffer, () => ({ offerId: programmeId })],
    ["save a translation", () => saveTranslation, () => ({ offerId: programmeId, locale: "uk", name: "Програма" })],
    ["save an indicator", () => saveIndicator, () => ({ offerId: programmeId, indicatorId, name: "Zmienione", target: "1", achieved: "1" })],
    ["remove an indicator", () => removeIndicator, () => ({ offerId: programmeId, indicatorId })],
  ] as const;

  const snapshot = async () => ({
    offers: await db.offer.findMany({ where: { centreId: w.centre.id }, orderBy: { id: "asc" } }),
    indicators: await db.programmeIndicator.findMany({ where: { centreId: w.centre.id }, orderBy: { id: "asc" } }),
    translations: await db.offerTranslation.findMany({ where: { centreId: w.centre.id } }),
  });

  for (const [name, action, input] of cases) {
    it(`${name}: another centre's admin gets "not found", nothing changes`, async () => {
      const before = await snapshot();
      const result = await action()(w.otherAdmin.actor, w.centre.slug, input());
      expect(result).toMatchObject({ ok: false, code: "not_found" });
      expect(await snapshot()).toEqual(before);
    });

    for (const role of ["socialWorker", "volunteer"] as const) {
      it(`${name}: a ${role} is refused, nothing changes`, async () => {
        const before = await snapshot();
        const result = await action()(w[role].actor, w.centre.slug, input());
        expect(result).toMatchObject({ ok: false, code: "forbidden" });
        expect(await snapshot()).toEqual(before);
      });
    }

    it(`${name}: without a session it is refused`, async () => {
      expect(await action()(null, w.centre.slug, input())).toMatchObject({ ok: false, code: "unauthenticated" });
    });
  }

  it("another centre's admin cannot reach this centre's offer through their own centre", async () => {
    const result = await updateOffer(w.otherAdmin.actor, w.other.slug, programme({ offerId: programmeId, name: "Przejęty" }));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await archiveOffer(w.otherAdmin.actor, w.other.slug, { offerId: programmeId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await saveIndicator(w.otherAdmin.actor, w.other.slug, { offerId: programmeId, name: "X", target: "1" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect((await db.offer.findFirstOrThrow({ where: { id: programmeId } })).name).toBe("Program Aktywności Lokalnej");
    expect(await getOfferForEdit(await centreOf(await otherWorld()), programmeId)).toBeNull();
  });
});

/** The second centre seen as a world of its own (its admin is the only member). */
async function otherWorld() {
  return { ...w, centre: w.other, admin: w.otherAdmin };
}

describe("adding and editing", () => {
  it("a coordinator adds a club; it is audited and saved with only the club's columns", async () => {
    const result = await createOffer(
      w.coordinator.actor,
      w.centre.slug,
      club({ name: "Klub Mam", clubKind: "MOTHERS_CLUB", audiences: ["PARENTS", "FAMILIES"] }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.offer.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: result.data.id } } });
    expect(row).toMatchObject({
      type: "CLUB",
      clubKind: "MOTHERS_CLUB",
      programmeKind: null,
      isPublic: true,
      audiences: ["PARENTS", "FAMILIES"],
      partners: [],
    });
    expect((await auditEvents(w.centre.id, "offer.create")).some((e) => e.recordId === result.data.id)).toBe(true);
  });

  it("a programme keeps its period, partners one per line, and indicators", async () => {
    const offer = await getOfferForEdit(await centreOf(), programmeId);
    expect(offer).toMatchObject({ type: "PROGRAMME", programmeKind: "LOCAL_ACTIVITY", clubKind: null, isPublic: true });
    expect(offer?.startsOn?.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(offer?.partners).toEqual(["Parafialny Zespół Caritas", "Szkoła Podstawowa nr 5"]);
    expect(offer?.specialists).toEqual(["psycholog", "doradca zawodowy"]);
    expect(offer?.indicators.map((i) => [i.name, i.target, i.achieved])).toEqual([["Uczestnicy", 20, 5]]);
  });

  it("an unticked 'public' box makes the offer staff-only", async () => {
    const { id } = await made(group({ isPublic: undefined }));
    expect((await db.offer.findFirstOrThrow({ where: { id } })).isPublic).toBe(false);
  });

  it("answers bad input with Polish messages per field", async () => {
    const result = await createOffer(
      w.admin.actor,
      w.centre.slug,
      programme({ name: " ", programmeKind: "", joinMode: "", startsOn: "2026-06-01", endsOn: "2026-05-31", contactEmail: "nie-email", contactPhone: "abc" }),
    );
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      name: ["Podaj nazwę."],
      programmeKind: ["Wybierz rodzaj programu."],
      joinMode: ["Wybierz, jak można dołączyć."],
      endsOn: ["Data zakończenia nie może być wcześniejsza niż data rozpoczęcia."],
    });
    expect(result.fieldErrors?.contactEmail?.[0]).toMatch(/poprawny adres e-mail/);
    expect(result.fieldErrors?.contactPhone?.[0]).toMatch(/numer telefonu/);
  });

  it("refuses a club without its kind, an unknown type and an impossible date", async () => {
    expect(await createOffer(w.admin.actor, w.centre.slug, club({ clubKind: "" }))).toMatchObject({ fieldErrors: { clubKind: ["Wybierz rodzaj klubu."] } });
    expect(await createOffer(w.admin.actor, w.centre.slug, { ...club(), type: "KRUCJATA" })).toMatchObject({
      fieldErrors: { type: ["Wybierz, co dodajesz: klub, grupę czy program."] },
    });
    const bad = await createOffer(w.admin.actor, w.centre.slug, programme({ startsOn: "2026-02-30" }));
    expect(bad.ok ? null : bad.fieldErrors?.startsOn?.[0]).toMatch(/Podaj prawdziwą datę/);
  });

  it("never changes an offer's type", async () => {
    const { id } = await made(group());
    const result = await updateOffer(w.admin.actor, w.centre.slug, club({ offerId: id }));
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { type: [expect.stringContaining("nie można zmienić")] } });
    expect((await db.offer.findFirstOrThrow({ where: { id } })).type).toBe("GROUP");
  });

  it("cleared fields are saved empty", async () => {
    const { id } = await made(group({ description: "Opis", facilitator: "Anna Nowak", contactPhone: "22 123 45 67" }));
    const result = await updateOffer(w.admin.actor, w.centre.slug, group({ offerId: id, description: "", facilitator: "", contactPhone: "" }));
    expect(result.ok).toBe(true);
    expect(await db.offer.findFirstOrThrow({ where: { id } })).toMatchObject({ description: null, facilitator: null, contactPhone: null });
  });
});

describe("slugs", () => {
  it("are made from the Polish name once, unique in the centre, and never change", async () => {
    const first = await made(club({ name: "Klub Seniora „Żółty Wrzos”" }));
    const second = await made(club({ name: "Klub seniora - żółty WRZOS" }));
    expect(first.slug).toBe("klub-seniora-zolty-wrzos");
    expect(second.slug).toBe("klub-seniora-zolty-wrzos-2");
    // Another centre has its own namespace.
    expect((await made(club({ name: "Klub Seniora Żółty Wrzos" }), await otherWorld())).slug).toBe("klub-seniora-zolty-wrzos");

    const renamed = await updateOffer(w.admin.actor, w.centre.slug, club({ offerId: first.id, name: "Klub Seniora Fiołek" }));
    expect(renamed.ok).toBe(true);
    expect((await db.offer.findFirstOrThrow({ where: { id: first.id } })).slug).toBe("klub-seniora-zolty-wrzos");
    expect((await made(club({ name: "Klub Seniora Żółty Wrzos" }))).slug).toBe("klub-seniora-zolty-wrzos-3");
  });

  it("offers added at the same moment with the same name get different slugs", async () => {
    const results = await Promise.all([1, 2, 3].map(() => createOffer(w.admin.actor, w.centre.slug, club({ name: "Klub Równoległy" }))));
    const slugs = results.map((r) => (r.ok ? r.data.slug : r.message)).sort();
    expect(slugs).toEqual(["klub-rownolegly", "klub-rownolegly-2", "klub-rownolegly-3"]);
  });
});

describe("text search", () => {
  it("is recomputed on every save, so the new words are found and the old ones not", async () => {
    const { id } = await made(group({ name: "Grupa Wtorkowa", topic: "rodzicielstwo" }));
    const centre = await centreOf();
    expect((await listOffers(centre, { q: "wtorkowa" })).map((o) => o.id)).toContain(id);

    const result = await updateOffer(
      w.admin.actor,
      w.centre.slug,
      group({ offerId: id, name: "Grupa Łódzka", topic: "Żałoba", facilitator: "Józef Świątek", audience: "Dla dorosłych" }),
    );
    expect(result.ok).toBe(true);
    const row = await db.offer.findFirstOrThrow({ where: { id } });
    expect(row.searchText).toBe(foldForSearch("Grupa Łódzka", "Dla dorosłych", null, "Żałoba", "Józef Świątek", null));
    expect((await listOffers(centre, { q: "LODZKA zaloba" })).map((o) => o.id)).toEqual([id]);
    expect((await listOffers(centre, { q: "swiatek" })).map((o) => o.id)).toEqual([id]);
    expect((await listOffers(centre, { q: "wtorkowa" })).map((o) => o.id)).not.toContain(id);
  });

  it("finds only the centre's own offers, sorted by name in Polish", async () => {
    await made(club({ name: "Łabędzie" }));
    await made(club({ name: "Lato" }));
    await made(club({ name: "Zielony klub" }), await otherWorld());
    const offers = await listOffers(await centreOf());
    const names = offers.map((o) => o.name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, "pl")));
    expect(names.indexOf("Lato")).toBeLessThan(names.indexOf("Łabędzie"));
    expect(names).not.toContain("Zielony klub");
  });
});

describe("venue and programme chosen in the form", () => {
  it("a venue of another centre is refused as not found, next to the field", async () => {
    const foreign = await db.venue.create({ data: { centreId: w.other.id, name: "Obce", street: "ul. Obca 1", city: "Obcowo" } });
    const before = await db.offer.count({ where: { centreId: w.centre.id } });
    const result = await createOffer(w.admin.actor, w.centre.slug, club({ name: "Klub z obcym miejscem", defaultVenueId: foreign.id }));
    expect(result).toMatchObject({ ok: false, code: "not_found", fieldErrors: { defaultVenueId: [expect.stringContaining("Nie znaleziono")] } });
    expect(await db.offer.count({ where: { centreId: w.centre.id } })).toBe(before);

    const updated = await updateOffer(w.admin.actor, w.centre.slug, programme({ offerId: programmeId, defaultVenueId: foreign.id }));
    expect(updated).toMatchObject({ ok: false, code: "not_found", fieldErrors: { defaultVenueId: expect.any(Array) } });
  });

  it("a venue of the centre is saved; an archived one cannot be newly chosen but stays where it was", async () => {
    const venue = await db.venue.create({ data: { centreId: w.centre.id, name: "CAL", street: "ul. Porajów 14", city: "Warszawa" } });
    const { id } = await made(club({ name: "Klub w CAL", defaultVenueId: venue.id }));
    await db.venue.update({ where: { centreId_id: { centreId: w.centre.id, id: venue.id } }, data: { archivedAt: new Date() } });
    expect((await updateOffer(w.admin.actor, w.centre.slug, club({ offerId: id, name: "Klub w CAL", defaultVenueId: venue.id }))).ok).toBe(true);
    const other = await createOffer(w.admin.actor, w.centre.slug, club({ name: "Nowy w CAL", defaultVenueId: venue.id }));
    expect(other).toMatchObject({ ok: false, code: "invalid", fieldErrors: { defaultVenueId: [expect.stringContaining("zarchiwizowane")] } });
  });

  it("a group may belong to a programme of the centre, never to another centre's or to a club", async () => {
    const foreignProgramme = await made(programme({ name: "Obcy program" }), await otherWorld());
    const aClub = await made(club({ name: "Nie program" }));
    for (const parentId of [foreignProgramme.id, aClub.id]) {
      const result = await createOffer(w.admin.actor, w.centre.slug, group({ parentId }));
      expect(result).toMatchObject({ ok: false, code: "not_found", fieldErrors: { parentId: [expect.stringContaining("Nie znaleziono")] } });
    }
    const { id } = await made(group({ name: "Grupa w PAL", parentId: programmeId }));
    expect((await db.offer.findFirstOrThrow({ where: { id } })).parentId).toBe(programmeId);
  });
});

describe("archiving", () => {
  it("an archived offer leaves the public side; restoring brings it back", async () => {
    const { id, slug } = await made(club({ name: "Klub do archiwum" }));
    expect((await getPublicCentre(w.centre.slug, "pl"))?.offers.map((o) => o.slug)).toContain(slug);

    expect(await archiveOffer(w.coordinator.actor, w.centre.slug, { offerId: id })).toMatchObject({ ok: true });
    expect((await getPublicCentre(w.centre.slug, "pl"))?.offers.map((o) => o.slug)).not.toContain(slug);
    expect(await getPublicOffer(w.centre.slug, slug, "pl")).toBeNull();
    const centre = await centreOf();
    expect((await listOffers(centre)).map((o) => o.id)).not.toContain(id);
    expect((await listOffers(centre, { archived: true })).map((o) => o.id)).toContain(id);
    expect((await auditEvents(w.centre.id, "offer.archive")).some((e) => e.recordId === id)).toBe(true);

    expect(await restoreOffer(w.coordinator.actor, w.centre.slug, { offerId: id })).toMatchObject({ ok: true });
    expect((await getPublicCentre(w.centre.slug, "pl"))?.offers.map((o) => o.slug)).toContain(slug);
    expect((await auditEvents(w.centre.id, "offer.restore")).some((e) => e.recordId === id)).toBe(true);
  });
});

describe("translations", () => {
  it("are shown to residents in their language, with Polish for empty fields, and removed when emptied", async () => {
    const { id, slug } = await made(club({ name: "Klub Seniora Maki", description: "Spotkania przy kawie.", howToJoin: "Przyjdź we wtorek." }));
    const saved = await saveTranslation(w.admin.actor, w.centre.slug, {
      offerId: id,
      locale: "uk",
      name: "Клуб сеньйорів Маки",
      description: "",
      howToJoin: "",
    });
    expect(saved).toMatchObject({ ok: true });

    const uk = await getPublicOffer(w.centre.slug, slug, "uk");
    expect(uk?.offer.name).toEqual({ text: "Клуб сеньйорів Маки", lang: "uk" });
    expect(uk?.offer.description).toEqual({ text: "Spotkania przy kawie.", lang: "pl" });
    expect(uk?.offer.howToJoin).toEqual({ text: "Przyjdź we wtorek.", lang: "pl" });
    // English was never translated: everything in Polish.
    expect((await getPublicOffer(w.centre.slug, slug, "en"))?.offer.name).toEqual({ text: "Klub Seniora Maki", lang: "pl" });

    await saveTranslation(w.admin.actor, w.centre.slug, { offerId: id, locale: "uk", name: "Клуб Маки", description: "Зустрічі за кавою." });
    expect((await getPublicOffer(w.centre.slug, slug, "uk"))?.offer.description).toEqual({ text: "Зустрічі за кавою.", lang: "uk" });
    expect((await auditEvents(w.centre.id, "offer.translation.save")).filter((e) => e.recordId === id)).toHaveLength(2);

    expect(
      await saveTranslation(w.admin.actor, w.centre.slug, { offerId: id, locale: "uk", name: "", audience: "", description: "", howToJoin: "" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await db.offerTranslation.count({ where: { centreId: w.centre.id, offerId: id } })).toBe(0);
    expect((await getPublicOffer(w.centre.slug, slug, "uk"))?.offer.name).toEqual({ text: "Klub Seniora Maki", lang: "pl" });
  });

  it("needs a name once anything is filled in, and only Ukrainian or English", async () => {
    const result = await saveTranslation(w.admin.actor, w.centre.slug, { offerId: programmeId, locale: "en", name: "", description: "Local activity" });
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { name: [expect.stringContaining("Podaj nazwę")] } });
    expect(await saveTranslation(w.admin.actor, w.centre.slug, { offerId: programmeId, locale: "de", name: "Programm" })).toMatchObject({
      fieldErrors: { locale: ["Wybierz język tłumaczenia."] },
    });
  });
});

describe("indicators", () => {
  it("are added, edited and removed, with whole non-negative numbers", async () => {
    const added = await saveIndicator(w.coordinator.actor, w.centre.slug, {
      offerId: programmeId,
      name: "Spotkania",
      unit: "spotkania",
      target: "12",
      achieved: "",
    });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const key = { centreId_id: { centreId: w.centre.id, id: added.data.id } };
    expect(await db.programmeIndicator.findUniqueOrThrow({ where: key })).toMatchObject({ target: 12, achieved: 0, unit: "spotkania" });

    const edited = await saveIndicator(w.coordinator.actor, w.centre.slug, {
      offerId: programmeId,
      indicatorId: added.data.id,
      name: "Spotkania",
      target: "12",
      achieved: "7",
    });
    expect(edited.ok).toBe(true);
    expect(await db.programmeIndicator.findUniqueOrThrow({ where: key })).toMatchObject({ achieved: 7, unit: null });

    expect(await removeIndicator(w.coordinator.actor, w.centre.slug, { offerId: programmeId, indicatorId: added.data.id })).toMatchObject({ ok: true });
    expect(await db.programmeIndicator.findUnique({ where: key })).toBeNull();
    expect((await auditEvents(w.centre.id, "offer.indicator.remove")).some((e) => e.recordId === added.data.id)).toBe(true);
  });

  it("refuses negative, fractional or missing numbers, in Polish", async () => {
    const result = await saveIndicator(w.admin.actor, w.centre.slug, { offerId: programmeId, name: "", target: "-3", achieved: "2,5" });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      name: ["Podaj nazwę wskaźnika."],
      target: ["Wartość docelowa nie może być mniejsza niż 0."],
      achieved: ["Podaj wartość osiągniętą jako liczbę całkowitą, np. 20."],
    });
    expect(await saveIndicator(w.admin.actor, w.centre.slug, { offerId: programmeId, name: "X", target: "" })).toMatchObject({
      fieldErrors: { target: ["Podaj wartość docelową jako liczbę całkowitą, np. 20."] },
    });
  });

  it("belong to programmes only, and an indicator is reached only through its own programme", async () => {
    const { id: clubId } = await made(club({ name: "Klub bez wskaźników" }));
    expect(await saveIndicator(w.admin.actor, w.centre.slug, { offerId: clubId, name: "X", target: "1" })).toMatchObject({ ok: false, code: "invalid" });
    const { id: otherProgramme } = await made(programme({ name: "Drugi program" }));
    const result = await saveIndicator(w.admin.actor, w.centre.slug, { offerId: otherProgramme, indicatorId, name: "Przejęty", target: "1" });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.programmeIndicator.findFirstOrThrow({ where: { id: indicatorId } })).name).toBe("Uczestnicy");
  });
});

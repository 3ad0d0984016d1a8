import { beforeAll, describe, expect, it } from "vitest";
import { createOffer, updateOffer } from "@/features/offers/mutations";
import { getPublicOffer } from "@/features/public-site/data";
import { getVenue, listVenues, venueChoices } from "@/features/venues/data";
import { archiveVenue, createVenue, restoreVenue, updateVenue } from "@/features/venues/mutations";
import { db } from "@/server/db";
import { authoriseCentre } from "@/server/tenant";
import { auditEvents, makeWorld } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
let venueId: string;

const venue = (extra: object = {}) => ({ name: "Centrum Aktywności Lokalnej", street: "ul. Porajów 14", postalCode: "03-188", city: "Warszawa", ...extra });

async function made(input: object) {
  const result = await createVenue(w.admin.actor, w.centre.slug, input);
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.id;
}

const centreOf = () => authoriseCentre(w.admin.actor, w.centre.slug, ["ADMIN"]);

beforeAll(async () => {
  w = await makeWorld();
  venueId = await made(venue());
});

describe("every venue action refuses outsiders and weaker roles", () => {
  const cases = [
    ["create", () => createVenue, () => venue({ name: `Obce miejsce ${Math.random()}` })],
    ["update", () => updateVenue, () => venue({ venueId, name: "Przejęte" })],
    ["archive", () => archiveVenue, () => ({ venueId })],
    ["restore", () => restoreVenue, () => ({ venueId })],
  ] as const;

  const snapshot = () => db.venue.findMany({ where: { centreId: w.centre.id }, orderBy: { id: "asc" } });

  for (const [name, action, input] of cases) {
    it(`${name}: another centre's admin gets "not found", nothing changes`, async () => {
      const before = await snapshot();
      expect(await action()(w.otherAdmin.actor, w.centre.slug, input())).toMatchObject({ ok: false, code: "not_found" });
      expect(await snapshot()).toEqual(before);
    });

    for (const role of ["socialWorker", "volunteer"] as const) {
      it(`${name}: a ${role} is refused, nothing changes`, async () => {
        const before = await snapshot();
        expect(await action()(w[role].actor, w.centre.slug, input())).toMatchObject({ ok: false, code: "forbidden" });
        expect(await snapshot()).toEqual(before);
      });
    }

    it(`${name}: without a session it is refused`, async () => {
      expect(await action()(null, w.centre.slug, input())).toMatchObject({ ok: false, code: "unauthenticated" });
    });
  }

  it("another centre's admin cannot reach this centre's venue through their own centre", async () => {
    expect(await updateVenue(w.otherAdmin.actor, w.other.slug, venue({ venueId, name: "Przejęte" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await archiveVenue(w.otherAdmin.actor, w.other.slug, { venueId })).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.venue.findFirstOrThrow({ where: { id: venueId } })).name).toBe("Centrum Aktywności Lokalnej");
    expect(await getVenue(await authoriseCentre(w.otherAdmin.actor, w.other.slug, ["ADMIN"]), venueId)).toBeNull();
  });
});

describe("adding and editing a venue", () => {
  it("a coordinator adds a venue with its accessibility; it is audited", async () => {
    const result = await createVenue(
      w.coordinator.actor,
      w.centre.slug,
      venue({ name: "Klub Wrzos", stepFreeEntrance: "on", accessibleToilet: "on", accessibilityNotes: "Wejście od podwórza." }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await getVenue(await centreOf(), result.data.id)).toMatchObject({
      stepFreeEntrance: true,
      lift: false,
      accessibleToilet: true,
      accessibilityNotes: "Wejście od podwórza.",
    });
    expect((await auditEvents(w.centre.id, "venue.create")).some((e) => e.recordId === result.data.id)).toBe(true);
  });

  it("answers bad input with Polish messages per field", async () => {
    const result = await createVenue(w.admin.actor, w.centre.slug, { name: "", street: " ", postalCode: "3188", city: "" });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      name: ["Podaj nazwę miejsca."],
      street: ["Podaj ulicę i numer."],
      postalCode: ["Podaj kod pocztowy w formacie 00-000, np. 03-188."],
      city: ["Podaj miejscowość."],
    });
  });

  it("saves cleared fields and unticked boxes as empty, and residents see the change", async () => {
    const id = await made(venue({ name: "Świetlica", district: "Tarchomin", lift: "on", accessibilityNotes: "Pętla indukcyjna." }));
    const offer = await createOffer(w.admin.actor, w.centre.slug, {
      type: "CLUB",
      clubKind: "SENIOR_CLUB",
      name: "Klub w świetlicy",
      joinMode: "OPEN",
      isPublic: "on",
      defaultVenueId: id,
    });
    if (!offer.ok) throw new Error(offer.message);
    const result = await updateVenue(
      w.admin.actor,
      w.centre.slug,
      venue({ venueId: id, name: "Świetlica", postalCode: "", district: "", accessibilityNotes: "" }),
    );
    expect(result.ok).toBe(true);
    expect(await getVenue(await centreOf(), id)).toMatchObject({ postalCode: null, district: null, lift: false, accessibilityNotes: null });
    expect((await getPublicOffer(w.centre.slug, offer.data.slug, "pl"))?.offer.defaultVenue).toMatchObject({ name: "Świetlica", lift: false, district: null });
  });

  it("lists only the centre's own venues, by name in Polish", async () => {
    await made(venue({ name: "Łącznik" }));
    await made(venue({ name: "Lipowa" }));
    await db.venue.create({ data: { centreId: w.other.id, name: "Obca świetlica", street: "ul. Obca 1", city: "Obcowo" } });
    const names = (await listVenues(await centreOf())).map((v) => v.name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, "pl")));
    expect(names.indexOf("Lipowa")).toBeLessThan(names.indexOf("Łącznik"));
    expect(names).not.toContain("Obca świetlica");
  });
});

describe("archiving a venue", () => {
  it("is refused while a current offer meets there, then allowed; the archived venue is no longer offered", async () => {
    const id = await made(venue({ name: "Stara siedziba" }));
    const other = await made(venue({ name: "Nowa siedziba" }));
    const club = { type: "CLUB", clubKind: "KIS", name: "KIS w starej siedzibie", joinMode: "REFERRAL" };
    const offer = await createOffer(w.admin.actor, w.centre.slug, { ...club, defaultVenueId: id });
    if (!offer.ok) throw new Error(offer.message);

    const refused = await archiveVenue(w.admin.actor, w.centre.slug, { venueId: id });
    expect(refused).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("KIS w starej siedzibie") });

    expect((await updateOffer(w.admin.actor, w.centre.slug, { ...club, offerId: offer.data.id, defaultVenueId: other })).ok).toBe(true);
    expect(await archiveVenue(w.coordinator.actor, w.centre.slug, { venueId: id })).toMatchObject({ ok: true });
    const centre = await centreOf();
    expect((await listVenues(centre)).map((v) => v.id)).not.toContain(id);
    expect((await listVenues(centre, { archived: true })).map((v) => v.id)).toContain(id);
    expect((await venueChoices(centre)).map((v) => v.id)).not.toContain(id);
    expect((await auditEvents(w.centre.id, "venue.archive")).some((e) => e.recordId === id)).toBe(true);

    expect(await restoreVenue(w.coordinator.actor, w.centre.slug, { venueId: id })).toMatchObject({ ok: true });
    expect((await venueChoices(centre)).map((v) => v.id)).toContain(id);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getPublicCentre, listPublicCentres } from "@/features/public-site/data";
import { makeCentre, makeMember } from "../factories";

describe("the public projection of a centre", () => {
  it("shows public, current offers with their schedules and venues, and nothing about people", async () => {
    const centre = await makeCentre();
    await makeMember(centre, "SOCIAL_WORKER", "Paulina Tajna");
    const venue = await db.venue.create({ data: { centreId: centre.id, name: "CAL", street: "ul. Porajów 14", city: "Warszawa", stepFreeEntrance: true } });
    const mk = (slug: string, extra: object = {}) =>
      db.offer.create({ data: { centreId: centre.id, type: "CLUB", clubKind: "SENIOR_CLUB", slug, name: `Klub ${slug}`, defaultVenueId: venue.id, ...extra } });
    const open = await mk("otwarty");
    await mk("archiwalny", { archivedAt: new Date() });
    await mk("wewnetrzny", { isPublic: false });
    await db.schedule.create({
      data: {
        centreId: centre.id,
        offerId: open.id,
        kind: "RECURRING",
        rrule: "FREQ=WEEKLY;BYDAY=TU",
        startsOn: new Date("2026-01-06"),
        startTime: "10:00",
        endTime: "13:00",
      },
    });
    await db.participant.create({ data: { centreId: centre.id, firstName: "Zygmunt", lastName: "Poufny", searchName: "poufny zygmunt" } });

    const page = await getPublicCentre(centre.slug, "pl");
    expect(page?.offers.map((o) => o.slug)).toEqual(["otwarty"]);
    expect(page?.offers[0].schedules[0]).toMatchObject({ rrule: "FREQ=WEEKLY;BYDAY=TU", startTime: "10:00", venue: null });
    expect(page?.offers[0].defaultVenue).toMatchObject({ street: "ul. Porajów 14", stepFreeEntrance: true });
    const text = JSON.stringify(page);
    expect(text).not.toContain("Poufny");
    expect(text).not.toContain("Tajna");
    expect(text).not.toMatch(/"id"|centreId/);
    expect((await listPublicCentres()).some((c) => c.slug === centre.slug)).toBe(true);
    expect(await getPublicCentre("nie-ma-takiego", "pl")).toBeNull();
  });
});

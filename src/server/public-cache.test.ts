import { describe, expect, it } from "vitest";
import { db } from "./db";
import { publicPathsOf } from "./public-cache";
import { makeCentre } from "../../tests/factories";

describe("the public paths of a centre", () => {
  it("name every page and feed, for each offer including archived ones, in every language", async () => {
    const centre = await makeCentre();
    await db.offer.createMany({
      data: [
        { centreId: centre.id, type: "GROUP", slug: "grupa-a", name: "A" },
        { centreId: centre.id, type: "GROUP", slug: "grupa-b", name: "B", archivedAt: new Date() },
      ],
    });
    const paths = await publicPathsOf(centre.slug);
    for (const locale of ["pl", "uk", "en"]) {
      expect(paths).toContain(`/l/${locale}/${centre.slug}`);
      expect(paths).toContain(`/l/${locale}/${centre.slug}/calendar.ics`);
      expect(paths).toContain(`/l/${locale}/${centre.slug}/meetings.json`);
      expect(paths).toContain(`/l/${locale}/${centre.slug}/offer/grupa-b`);
      expect(paths).toContain(`/l/${locale}/${centre.slug}/offer/grupa-a/calendar.ics`);
    }
    expect(paths).toHaveLength(3 * (5 + 2 * 2));
  });
});

import { describe, expect, it } from "vitest";
import { optionalDate } from "@/server/form-fields";
import { indicatorInput, offerInput, translationInput } from "./schema";

const offerId = "01900000-0000-7000-8000-000000000000";
const programme = { type: "PROGRAMME", name: "PAL", programmeKind: "LOCAL_ACTIVITY", joinMode: "OPEN" };

describe("offer form input", () => {
  it("reads form fields: ticked boxes, one entry per line, empty texts as not given", () => {
    const parsed = offerInput.parse({ ...programme, audiences: "SENIORS", isPublic: "on", partners: " Caritas \r\n\r\nSzkoła nr 5\n", description: "  " });
    expect(parsed).toMatchObject({ audiences: ["SENIORS"], isPublic: true, partners: ["Caritas", "Szkoła nr 5"], specialists: [], description: undefined });
    expect(offerInput.parse({ ...programme, audiences: ["SENIORS", "FAMILIES"] })).toMatchObject({ audiences: ["SENIORS", "FAMILIES"], isPublic: false });
  });

  it("accepts real calendar dates only, as a date field sends them or as people type them", () => {
    expect(optionalDate.parse("2028-02-29")).toBe("2028-02-29");
    expect(optionalDate.parse("1.03.2026")).toBe("2026-03-01");
    expect(optionalDate.parse("")).toBeUndefined();
    expect(optionalDate.safeParse("2027-02-29").success).toBe(false);
    expect(optionalDate.safeParse("marzec").success).toBe(false);
  });

  it("allows a programme that starts and ends on the same day, not one that ends before it starts", () => {
    expect(offerInput.safeParse({ ...programme, startsOn: "2026-05-01", endsOn: "2026-05-01" }).success).toBe(true);
    const result = offerInput.safeParse({ ...programme, name: "", startsOn: "2026-05-02", endsOn: "2026-05-01" });
    // Both messages at once, not the date only after the name is fixed.
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["name", "endsOn"]);
  });

  it("says which partner line is too long, on the partners field", () => {
    const result = offerInput.safeParse({ ...programme, partners: `Caritas\n${"x".repeat(201)}` });
    expect(result.error?.issues).toMatchObject([{ path: ["partners"], message: expect.stringContaining("najwyżej 200 znaków") }]);
  });
});

describe("translation input", () => {
  it("an all-empty translation is valid (it means: remove it)", () => {
    expect(translationInput.parse({ offerId, locale: "en", name: "", audience: "", description: "", howToJoin: "" })).toMatchObject({ name: undefined });
  });
});

describe("indicator input", () => {
  it("reads whole numbers typed as text; achieved defaults to 0", () => {
    expect(indicatorInput.parse({ offerId, indicatorId: "", name: "Osoby", target: " 12 ", achieved: "" })).toMatchObject({
      target: 12,
      achieved: 0,
      indicatorId: undefined,
    });
    expect(indicatorInput.safeParse({ offerId, name: "Osoby", target: "1.5" }).success).toBe(false);
    expect(indicatorInput.safeParse({ offerId, name: "Osoby", target: "abc" }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { describeChanges } from "./amendment-changes";

const id = "01900000-0000-7000-8000-000000000001";
const added = "01900000-0000-7000-8000-000000000002";

describe("an amendment's changes in words", () => {
  it("says what moved, from what to what", () => {
    const changes = {
      periodEnd: { from: "2026-08-31", to: "2026-10-31" },
      [`action:${id}.deadline`]: { from: "2026-04-30", to: "2026-05-31" },
      [`action:${added}`]: {
        from: null,
        to: { description: "Udział w KIS", responsible: "INSTITUTION", responsibleName: "KIS Lubsko", deadline: "2026-09-30" },
      },
    };
    expect(describeChanges(changes, { [id]: "Kurs komputerowy" })).toEqual([
      "Koniec okresu: 31.08.2026 → 31.10.2026.",
      "Termin działania „Kurs komputerowy”: 30.04.2026 → 31.05.2026.",
      "Nowe działanie: „Udział w KIS”, odpowiada instytucja: KIS Lubsko, termin 30.09.2026.",
    ]);
  });

  it("survives a malformed record", () => {
    expect(describeChanges(null, {})).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { isMonth, monthDays, monthRange, shiftMonth } from "./month";

describe("register months", () => {
  it("accepts YYYY-MM only", () => {
    expect(isMonth("2026-11")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth("../x")).toBe(false);
  });

  it("moves across years", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-06", 0)).toBe("2026-06");
  });

  it("knows the last day, leap years included", () => {
    expect(monthDays("2028-02")).toEqual({ first: "2028-02-01", last: "2028-02-29" });
    expect(monthDays("2026-11")).toEqual({ first: "2026-11-01", last: "2026-11-30" });
  });

  it("runs from Warsaw midnight to Warsaw midnight", () => {
    const { start, end } = monthRange("2026-03");
    expect(start.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    // Summer time starts on the last Sunday of March.
    expect(end.toISOString()).toBe("2026-03-31T22:00:00.000Z");
  });
});

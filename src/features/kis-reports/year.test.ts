import { describe, expect, it } from "vitest";
import { parseReportYear, yearBounds } from "./year";

describe("the report's year", () => {
  it("takes a sensible ?rok= and falls back otherwise", () => {
    expect(parseReportYear("2025", 2026)).toBe(2025);
    expect(parseReportYear(["2024", "2025"], 2026)).toBe(2024);
    expect(parseReportYear(undefined, 2026)).toBe(2026);
    expect(parseReportYear("abc", 2026)).toBe(2026);
    expect(parseReportYear("1999", 2026)).toBe(2026);
    expect(parseReportYear("2031", 2026)).toBe(2026);
  });

  it("runs from midnight of 1 January in Warsaw", () => {
    const y = yearBounds(2025);
    expect(y.start.toISOString()).toBe("2024-12-31T23:00:00.000Z");
    expect(y.end.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect([y.from, y.to]).toEqual(["2025-01-01", "2025-12-31"]);
  });
});

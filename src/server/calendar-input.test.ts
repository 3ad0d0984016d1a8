import { describe, expect, it } from "vitest";
import { parseCalendarDate, parseClockTime, parseDateList, polishDate } from "@/server/calendar-input";

describe("dates and times typed into schedule forms", () => {
  it.each([
    ["2026-11-11", "2026-11-11"],
    ["11.11.2026", "2026-11-11"],
    [" 1.3.2026 ", "2026-03-01"],
    ["2028-02-29", "2028-02-29"],
    ["2026-02-29", null],
    ["31.04.2026", null],
    ["11/11/2026", null],
    ["jutro", null],
    ["", null],
  ])("date %j → %j", (text, expected) => {
    expect(parseCalendarDate(text)).toBe(expected);
  });

  it.each([
    ["16:30", "16:30"],
    ["9:00", "09:00"],
    ["09.15", "09:15"],
    ["23:59", "23:59"],
    ["24:00", null],
    ["12:60", null],
    ["1630", null],
    ["", null],
  ])("time %j → %j", (text, expected) => {
    expect(parseClockTime(text)).toBe(expected);
  });

  it("reads a list of dates, one per line or separated by commas, sorted without repeats", () => {
    expect(parseDateList("11.11.2026\n2026-12-24, 24.12.2026\n\n 6.01.2027 ")).toEqual({ dates: ["2026-11-11", "2026-12-24", "2027-01-06"], unreadable: [] });
    expect(parseDateList("11.11.2026\n30.02.2026\nświęta")).toEqual({ dates: ["2026-11-11"], unreadable: ["30.02.2026", "święta"] });
  });

  it("shows a date the Polish way", () => {
    expect(polishDate("2026-03-01")).toBe("01.03.2026");
  });
});

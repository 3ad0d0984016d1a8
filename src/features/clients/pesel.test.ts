import { describe, expect, it } from "vitest";
import { checkPesel, decodePesel, normalisePesel } from "./pesel";

const TODAY = "2026-11-23";

describe("PESEL", () => {
  it.each([
    ["44051401359", "1944-05-14", "MALE"],
    ["75010112346", "1975-01-01", "FEMALE"],
    ["02070803628", "1902-07-08", "FEMALE"],
    // Months 81–92: the 1800s.
    ["00810100002", "1800-01-01", "FEMALE"],
    // Months 21–32: the 2000s.
    ["02270803624", "2002-07-08", "FEMALE"],
    ["02211500173", "2002-01-15", "MALE"],
    ["00322900002", "2000-12-29", "FEMALE"],
    // 2000 was a leap year.
    ["00222900009", "2000-02-29", "FEMALE"],
  ])("%s: born %s, %s", (pesel, birthDate, sex) => {
    expect(checkPesel(pesel, TODAY)).toEqual({ ok: true, facts: { birthDate, birthYear: Number(birthDate.slice(0, 4)), sex } });
  });

  it("ignores spaces and dashes as people type them", () => {
    expect(normalisePesel(" 440514-013 59 ")).toBe("44051401359");
    expect(decodePesel("440514 01359", TODAY)?.birthYear).toBe(1944);
  });

  it.each(["", "4405140135", "440514013590", "4405140135a", "abcdefghijk"])("%j is not 11 digits", (text) => {
    expect(checkPesel(text, TODAY)).toEqual({ ok: false, problem: "format" });
  });

  it("refuses a number whose checksum does not match (a typo)", () => {
    expect(checkPesel("44051401358", TODAY)).toEqual({ ok: false, problem: "checksum" });
    // Two digits swapped.
    expect(checkPesel("44051401395", TODAY)).toEqual({ ok: false, problem: "checksum" });
  });

  it.each([
    ["90023000000", "30 February"],
    ["00022900003", "29 February 1900 (not a leap year)"],
    ["99133100196", "month 13"],
    ["25410100003", "1 January 2125 (in the future)"],
  ])("refuses %s: %s is no birth date", (pesel) => {
    expect(checkPesel(pesel, TODAY)).toEqual({ ok: false, problem: "date" });
    expect(decodePesel(pesel, TODAY)).toBeNull();
  });
});

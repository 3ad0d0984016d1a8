import { describe, expect, it } from "vitest";
import { flagsOf } from "./data";
import { volunteersPolicy } from "./policy";

describe("volunteers policy", () => {
  it("coordinators and admins keep the register; volunteers and social workers do not see it", () => {
    expect(volunteersPolicy.view).toEqual(["ADMIN", "COORDINATOR"]);
    expect(volunteersPolicy.manage).toEqual(["ADMIN", "COORDINATOR"]);
  });
});

describe("flags", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  const base = { birthYear: 1990, guardianConsentOn: null, registerCheckOn: d("2026-01-01"), criminalRecordOn: d("2026-01-02"), latestEndsOn: null };
  const window = ["2026-11-22", "2026-12-22"] as const;

  it("marks a minor without consent, missing checks and the agreement's end", () => {
    expect(flagsOf(base, ...window, 2026)).toEqual([]);
    expect(flagsOf({ ...base, birthYear: 2010 }, ...window, 2026)).toEqual(["minorWithoutConsent"]);
    // Turning 18 this year: may still be 17, so the consent is still needed; a year older is not.
    expect(flagsOf({ ...base, birthYear: 2008 }, ...window, 2026)).toEqual(["minorWithoutConsent"]);
    expect(flagsOf({ ...base, birthYear: 2007 }, ...window, 2026)).toEqual([]);
    expect(flagsOf({ ...base, birthYear: 2010, guardianConsentOn: d("2026-05-01") }, ...window, 2026)).toEqual([]);
    expect(flagsOf({ ...base, criminalRecordOn: null }, ...window, 2026)).toEqual(["checksMissing"]);
    expect(flagsOf({ ...base, latestEndsOn: d("2026-12-22") }, ...window, 2026)).toEqual(["agreementExpiring"]);
    expect(flagsOf({ ...base, latestEndsOn: d("2026-11-22") }, ...window, 2026)).toEqual(["agreementExpiring"]);
    expect(flagsOf({ ...base, latestEndsOn: d("2026-12-23") }, ...window, 2026)).toEqual([]);
    expect(flagsOf({ ...base, latestEndsOn: d("2026-11-21") }, ...window, 2026)).toEqual(["agreementExpired"]);
  });
});

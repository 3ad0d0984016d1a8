import { describe, expect, it } from "vitest";
import { missingForSigning, type SigningFacts } from "./completeness";

const complete: SigningFacts = {
  concludedOn: new Date("2026-03-02"),
  place: "Wejherowo",
  periodStart: new Date("2026-03-02"),
  periodEnd: new Date("2026-08-31"),
  mainGoal: "Podjęcie zatrudnienia",
  consequencesAcknowledged: true,
  goals: 2,
  actions: 3,
};

describe("what signing needs", () => {
  it("nothing is missing from a complete contract", () => {
    expect(missingForSigning(complete)).toEqual({});
  });

  it("names each missing part next to the field that supplies it", () => {
    const missing = missingForSigning({ ...complete, concludedOn: null, place: null, mainGoal: null, goals: 0, actions: 0, consequencesAcknowledged: false });
    expect(Object.keys(missing)).toEqual(["concludedOn", "place", "mainGoal", "goals.0.text", "actions.0.description", "consequencesAcknowledged"]);
    expect(missing.consequencesAcknowledged[0]).toContain("art. 11");
  });
});

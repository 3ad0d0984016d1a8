import { describe, expect, it } from "vitest";
import { gathered, keyedOf, rowsOf } from "./rows";

describe("repeating form fields", () => {
  it("gathers indexed fields into rows in index order, gaps as empty rows", () => {
    expect(rowsOf({ "goals.1.text": "b", "goals.0.text": "a", "goals.0.key": "k", "goals.3.text": "d", other: "x" }, "goals")).toEqual([
      { text: "a", key: "k" },
      { text: "b" },
      {},
      { text: "d" },
    ]);
  });

  it("ignores absurd indexes rather than allocating them", () => {
    expect(rowsOf({ "goals.99999999.text": "x" }, "goals")).toEqual([]);
  });

  it("gathers keyed fields by record id", () => {
    expect(keyedOf({ "progress.a1.status": "DONE", "progress.a1.reason": "", "deadlines.x": "2026-05-01" }, "progress")).toEqual({
      a1: { status: "DONE", reason: "" },
    });
    expect(keyedOf({ "deadlines.x": "2026-05-01" }, "deadlines")).toEqual({ x: "2026-05-01" });
  });

  it("replaces the flat fields and leaves the rest; arrays given directly stay", () => {
    expect(gathered({ contractId: "c", "actions.0.description": "d" }, { rows: ["actions", "goals"] })).toEqual({
      contractId: "c",
      actions: [{ description: "d" }],
      goals: [],
    });
    expect(gathered({ goals: [{ text: "t" }] }, { rows: ["goals"] })).toEqual({ goals: [{ text: "t" }] });
  });
});

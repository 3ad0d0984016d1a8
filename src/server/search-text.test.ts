import { describe, expect, it } from "vitest";
import { foldForSearch } from "./search-text";

describe("foldForSearch", () => {
  it("folds case and Polish diacritics, including ł which Unicode does not decompose", () => {
    expect(foldForSearch("Łódź", "ŻÓŁW", "gęślą jaźń")).toBe("lodz zolw gesla jazn");
    expect(foldForSearch("Grupa  samopomocy", null, undefined, "")).toBe("grupa samopomocy");
  });
});

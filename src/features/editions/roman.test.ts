import { describe, expect, it } from "vitest";
import { toRoman } from "./roman";

describe("toRoman", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [6, "VI"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [2026, "MMXXVI"],
  ])("%i → %s", (n, r) => expect(toRoman(n)).toBe(r));
});

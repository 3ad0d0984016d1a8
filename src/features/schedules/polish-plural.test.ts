import { describe, expect, it } from "vitest";
import { plCount, SESSIONS } from "./polish-plural";

describe("Polish counts", () => {
  it.each([
    [0, "0 spotkań"],
    [1, "1 spotkanie"],
    [2, "2 spotkania"],
    [4, "4 spotkania"],
    [5, "5 spotkań"],
    [12, "12 spotkań"],
    [14, "14 spotkań"],
    [22, "22 spotkania"],
    [25, "25 spotkań"],
    [112, "112 spotkań"],
  ])("%i", (n, words) => {
    expect(plCount(n, SESSIONS)).toBe(words);
  });
});

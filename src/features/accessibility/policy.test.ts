import { describe, expect, it } from "vitest";
import { ALL_ROLES } from "@/server/roles";
import { accessibilityPolicy } from "./policy";

describe("accessibility statement policy", () => {
  it.each(Object.entries(accessibilityPolicy))("only the centre admin may %s", (_, allowed) => {
    expect(ALL_ROLES.filter((r) => (allowed as readonly string[]).includes(r))).toEqual(["ADMIN"]);
  });
});

import { describe, expect, it } from "vitest";
import { ALL_ROLES } from "@/server/roles";
import { membersPolicy } from "./policy";

describe("members policy", () => {
  it.each(Object.entries(membersPolicy))("only the centre admin may %s", (_, allowed) => {
    expect(ALL_ROLES.filter((r) => (allowed as readonly string[]).includes(r))).toEqual(["ADMIN"]);
  });
});

import { describe, expect, it } from "vitest";
import { ALL_ROLES } from "@/server/roles";
import { offersPolicy } from "./policy";

describe("offers policy", () => {
  it.each(Object.entries(offersPolicy))("only admins and coordinators may %s", (_, allowed) => {
    expect(ALL_ROLES.filter((r) => (allowed as readonly string[]).includes(r))).toEqual(["ADMIN", "COORDINATOR"]);
  });
});

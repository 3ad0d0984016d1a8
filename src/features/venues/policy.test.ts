import { describe, expect, it } from "vitest";
import { ALL_ROLES } from "@/server/roles";
import { venuesPolicy } from "./policy";

describe("venues policy", () => {
  it.each(Object.entries(venuesPolicy))("only admins and coordinators may %s", (_, allowed) => {
    expect(ALL_ROLES.filter((r) => (allowed as readonly string[]).includes(r))).toEqual(["ADMIN", "COORDINATOR"]);
  });
});

import { describe, expect, it } from "vitest";
import { ALL_ROLES } from "@/server/roles";
import { inboxPolicy } from "./policy";

describe("inbox policy", () => {
  it.each(Object.entries(inboxPolicy))("only the admin and the coordinator may %s", (_, allowed) => {
    expect(ALL_ROLES.filter((r) => (allowed as readonly string[]).includes(r))).toEqual(["ADMIN", "COORDINATOR"]);
  });
});

import { describe, expect, it } from "vitest";
import { ALL_ROLES } from "@/server/roles";
import { contractsPolicy } from "./policy";

describe("contracts policy", () => {
  const { summary, ...casework } = contractsPolicy;

  it.each(Object.entries(casework))("only admins and social workers may %s", (_, allowed) => {
    expect(ALL_ROLES.filter((r) => (allowed as readonly string[]).includes(r))).toEqual(["ADMIN", "SOCIAL_WORKER"]);
  });

  it("a volunteer never learns even that a contract exists", () => {
    expect(ALL_ROLES.filter((r) => (summary as readonly string[]).includes(r))).toEqual(["ADMIN", "COORDINATOR", "SOCIAL_WORKER"]);
  });
});

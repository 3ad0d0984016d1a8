import { describe, expect, it } from "vitest";
import { ALL_ROLES } from "@/server/roles";
import { schedulesPolicy } from "./policy";

describe("schedules policy", () => {
  it.each(Object.entries(schedulesPolicy))("only the centre admin and coordinators may %s", (_, allowed) => {
    expect(ALL_ROLES.filter((r) => (allowed as readonly string[]).includes(r))).toEqual(["ADMIN", "COORDINATOR"]);
  });
});

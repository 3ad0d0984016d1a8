import { describe, expect, it } from "vitest";
import { volunteerTasksPolicy } from "./policy";
import { logHoursInput } from "./schema";

describe("volunteer tasks policy", () => {
  it("coordinators and admins manage; only volunteers use their own pages; social workers neither", () => {
    expect(volunteerTasksPolicy.manage).toEqual(["ADMIN", "COORDINATOR"]);
    expect(volunteerTasksPolicy.own).toEqual(["VOLUNTEER"]);
    expect([...volunteerTasksPolicy.manage, ...volunteerTasksPolicy.own]).not.toContain("SOCIAL_WORKER");
  });
});

describe("logged hours", () => {
  it("are typed in hours (with a comma) and kept in minutes", () => {
    const ok = logHoursInput.parse({ taskId: "0195f3a0-0000-7000-8000-000000000000", workedOn: "21.11.2026", hours: "2,5" });
    expect(ok).toMatchObject({ workedOn: "2026-11-21", hours: 150 });
    expect(logHoursInput.safeParse({ taskId: "0195f3a0-0000-7000-8000-000000000000", workedOn: "2026-11-21", hours: "17" }).success).toBe(false);
  });
});

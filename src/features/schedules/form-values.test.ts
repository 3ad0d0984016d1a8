import { describe, expect, it } from "vitest";
import { dbDate } from "@/server/time";
import { savedScheduleValues } from "./form-values";
import { createScheduleInput } from "./schema";

const saved = {
  kind: "RECURRING" as const,
  rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH",
  startsOn: dbDate("2026-04-07"),
  endsOn: dbDate("2026-06-30"),
  startTime: "09:00",
  endTime: "15:00",
  exceptions: [dbDate("2026-04-14")],
  note: null,
  leader: "psycholog",
  venueId: null,
};

describe("a saved schedule in the form", () => {
  it("shows its rule, range and exceptions as the person would type them", () => {
    expect(savedScheduleValues(saved)).toEqual({
      kind: "RECURRING",
      pattern: "weekly",
      weekdays: "2\n4",
      interval: "2",
      startsOn: "2026-04-07",
      endsOn: "2026-06-30",
      startTime: "09:00",
      endTime: "15:00",
      exceptions: "14.04.2026",
      note: "",
      leader: "psycholog",
      venueId: "",
    });
  });

  it("saved again unchanged, gives back the same schedule", () => {
    const values = savedScheduleValues({ ...saved, rrule: "FREQ=MONTHLY;BYDAY=-1FR" });
    const form = { ...values, offerId: "01900000-0000-7000-8000-000000000001", weekdays: values.weekdays?.split("\n") ?? [] };
    expect(createScheduleInput.parse(form)).toMatchObject({
      recurrence: { pattern: "monthly", nth: -1, weekday: 5 },
      exceptions: ["2026-04-14"],
      endsOn: "2026-06-30",
    });
  });

  it("leaves the pattern unanswered for a rule the form does not offer", () => {
    const values = savedScheduleValues({ ...saved, rrule: "FREQ=YEARLY;BYMONTH=6" });
    expect(values.pattern).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { derivedScheduleColumns, fromRrule, toRrule, type Recurrence } from "./rule";

describe("schedule rules", () => {
  it.each<[Recurrence, string]>([
    [{ pattern: "weekly", weekdays: [1], interval: 1 }, "FREQ=WEEKLY;BYDAY=MO"],
    [{ pattern: "weekly", weekdays: [4, 2], interval: 1 }, "FREQ=WEEKLY;BYDAY=TU,TH"],
    [{ pattern: "weekly", weekdays: [3], interval: 2 }, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"],
    [{ pattern: "monthly", nth: 1, weekday: 4 }, "FREQ=MONTHLY;BYDAY=1TH"],
    [{ pattern: "monthly", nth: -1, weekday: 5 }, "FREQ=MONTHLY;BYDAY=-1FR"],
  ])("%o ⇄ %s", (structure, rrule) => {
    expect(toRrule(structure)).toBe(rrule);
    const back = fromRrule(rrule)!;
    expect(toRrule(back)).toBe(rrule);
  });

  it("does not pretend to understand other rules", () => {
    expect(fromRrule("FREQ=YEARLY;BYMONTH=6")).toBeNull();
    expect(fromRrule("FREQ=MONTHLY;BYMONTHDAY=15")).toBeNull();
  });

  it("derives weekdays and the start minute for filtering", () => {
    expect(derivedScheduleColumns({ rrule: "FREQ=WEEKLY;BYDAY=FR,MO", startTime: "16:30" })).toEqual({ weekdays: [1, 5], startMinute: 990 });
    expect(derivedScheduleColumns({ rrule: "FREQ=MONTHLY;BYDAY=-1SU", startTime: "09:05" })).toEqual({ weekdays: [7], startMinute: 545 });
    expect(derivedScheduleColumns({ rrule: null, startTime: null })).toEqual({ weekdays: [], startMinute: null });
  });
});

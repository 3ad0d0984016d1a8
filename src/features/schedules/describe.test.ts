import { describe, expect, it } from "vitest";
import { describeRule, describeSchedule } from "./describe";

describe("schedules in words", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=MO", "w każdy poniedziałek", "щопонеділка", "every Monday"],
    ["FREQ=WEEKLY;BYDAY=WE", "w każdą środę", "щосереди", "every Wednesday"],
    ["FREQ=WEEKLY;BYDAY=TU,TH", "we wtorki i czwartki", "по вівторках і четвергах", "on Tuesdays and Thursdays"],
    ["FREQ=WEEKLY;BYDAY=MO,WE,FR", "w poniedziałki, środy i piątki", "по понеділках, середах і п'ятницях", "on Mondays, Wednesdays and Fridays"],
    ["FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "co 2 tygodnie we wtorek", "раз на 2 тижні у вівторок", "every 2 weeks on Tuesday"],
    ["FREQ=WEEKLY;INTERVAL=5;BYDAY=SA", "co 5 tygodni w sobotę", "раз на 5 тижнів у суботу", "every 5 weeks on Saturday"],
    ["FREQ=MONTHLY;BYDAY=1TH", "w pierwszy czwartek miesiąca", "у перший четвер місяця", "on the first Thursday of the month"],
    ["FREQ=MONTHLY;BYDAY=3WE", "w trzecią środę miesiąca", "у третю середу місяця", "on the third Wednesday of the month"],
    ["FREQ=MONTHLY;BYDAY=-1FR", "w ostatni piątek miesiąca", "у останню п'ятницю місяця", "on the last Friday of the month"],
    ["FREQ=YEARLY;BYMONTH=6", "regularnie", "регулярно", "regularly"],
  ])("%s", (rrule, pl, uk, en) => {
    expect(describeRule(rrule, "pl")).toBe(pl);
    expect(describeRule(rrule, "uk")).toBe(uk);
    expect(describeRule(rrule, "en")).toBe(en);
  });

  it("adds the times; an irregular schedule shows the centre's Polish note, or the general phrase elsewhere", () => {
    expect(describeSchedule({ kind: "RECURRING", rrule: "FREQ=WEEKLY;BYDAY=WE", startTime: "12:15", endTime: "13:30" })).toBe("w każdą środę, 12:15–13:30");
    expect(describeSchedule({ kind: "IRREGULAR", note: null })).toBe("nieregularnie, w zależności od potrzeb");
    expect(describeSchedule({ kind: "IRREGULAR", note: "Dwa razy do roku" })).toBe("Dwa razy do roku");
    expect(describeSchedule({ kind: "IRREGULAR", note: "Dwa razy do roku" }, "en")).toBe("irregularly, as needed");
  });
});

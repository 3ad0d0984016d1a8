import { describe, expect, it } from "vitest";
import { occurrencesBetween, type RecurringRule } from "./recurrence";

const zone = "Europe/Warsaw";
const rule = (r: Partial<RecurringRule>): RecurringRule => ({
  rrule: "FREQ=WEEKLY;BYDAY=MO",
  startsOn: "2026-01-05",
  startTime: "16:30",
  endTime: "18:00",
  timeZone: zone,
  ...r,
});
const local = (d: Date) => d.toLocaleString("sv-SE", { timeZone: zone }).slice(0, 16);

describe("occurrencesBetween", () => {
  it("weekly: every Monday 16:30–18:00", () => {
    const got = occurrencesBetween(rule({}), new Date("2026-01-01T00:00Z"), new Date("2026-02-01T00:00Z"));
    expect(got.map((o) => o.date)).toEqual(["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"]);
    expect(local(got[0].startsAt)).toBe("2026-01-05 16:30");
    expect(local(got[0].endsAt)).toBe("2026-01-05 18:00");
  });

  it("every 2 weeks on Tuesday and Thursday", () => {
    const got = occurrencesBetween(
      rule({ rrule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", startsOn: "2026-01-05" }),
      new Date("2026-01-01T00:00Z"),
      new Date("2026-02-01T00:00Z"),
    );
    expect(got.map((o) => o.date)).toEqual(["2026-01-06", "2026-01-08", "2026-01-20", "2026-01-22"]);
  });

  it("monthly on the n-th weekday: first Thursday, last Friday", () => {
    const first = occurrencesBetween(
      rule({ rrule: "FREQ=MONTHLY;BYDAY=1TH", startsOn: "2026-01-01" }),
      new Date("2026-01-01T00:00Z"),
      new Date("2026-05-01T00:00Z"),
    );
    expect(first.map((o) => o.date)).toEqual(["2026-01-01", "2026-02-05", "2026-03-05", "2026-04-02"]);
    const last = occurrencesBetween(
      rule({ rrule: "FREQ=MONTHLY;BYDAY=-1FR", startsOn: "2026-01-01" }),
      new Date("2026-01-01T00:00Z"),
      new Date("2026-04-01T00:00Z"),
    );
    expect(last.map((o) => o.date)).toEqual(["2026-01-30", "2026-02-27", "2026-03-27"]);
  });

  it("leaves out exceptions and stops at the end of a date range (a KIS cycle)", () => {
    const got = occurrencesBetween(
      rule({
        rrule: "FREQ=WEEKLY;BYDAY=TU,TH",
        startsOn: "2026-04-07",
        endsOn: "2026-04-23",
        exceptions: ["2026-04-14"],
        startTime: "09:00",
        endTime: "15:00",
      }),
      new Date("2026-01-01T00:00Z"),
      new Date("2026-12-31T00:00Z"),
    );
    expect(got.map((o) => o.date)).toEqual(["2026-04-07", "2026-04-09", "2026-04-16", "2026-04-21", "2026-04-23"]);
  });

  it("keeps the local time across the last Sunday of March (CET → CEST)", () => {
    const got = occurrencesBetween(
      rule({ rrule: "FREQ=WEEKLY;BYDAY=SU", startsOn: "2026-03-15", startTime: "10:00", endTime: "11:30" }),
      new Date("2026-03-20T00:00Z"),
      new Date("2026-04-06T00:00Z"),
    );
    expect(got.map((o) => local(o.startsAt))).toEqual(["2026-03-22 10:00", "2026-03-29 10:00", "2026-04-05 10:00"]);
    expect(got.map((o) => o.startsAt.toISOString())).toEqual(["2026-03-22T09:00:00.000Z", "2026-03-29T08:00:00.000Z", "2026-04-05T08:00:00.000Z"]);
    expect(got.map((o) => (o.endsAt.getTime() - o.startsAt.getTime()) / 60000)).toEqual([90, 90, 90]);
  });

  it("keeps the local time across the last Sunday of October (CEST → CET)", () => {
    const got = occurrencesBetween(
      rule({ rrule: "FREQ=WEEKLY;BYDAY=SU", startsOn: "2026-10-11", startTime: "10:00", endTime: "11:00" }),
      new Date("2026-10-17T00:00Z"),
      new Date("2026-11-02T00:00Z"),
    );
    expect(got.map((o) => local(o.startsAt))).toEqual(["2026-10-18 10:00", "2026-10-25 10:00", "2026-11-01 10:00"]);
    expect(got.map((o) => o.startsAt.toISOString())).toEqual(["2026-10-18T08:00:00.000Z", "2026-10-25T09:00:00.000Z", "2026-11-01T09:00:00.000Z"]);
  });

  it("returns only occurrences starting inside the window", () => {
    const got = occurrencesBetween(rule({}), new Date("2026-01-12T15:31Z"), new Date("2026-01-19T15:30Z"));
    expect(got).toEqual([]);
  });
});

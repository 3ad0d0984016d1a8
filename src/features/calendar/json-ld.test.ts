import { describe, expect, it } from "vitest";
import { jsonLdHtml, scheduleLd, sessionLd } from "./json-ld";
import { centre, session, venue } from "./test-fixtures";

const schedule = (rrule: string | null, kind: "RECURRING" | "IRREGULAR" = "RECURRING") => ({
  kind,
  rrule,
  startTime: "16:30",
  endTime: "18:00",
  note: null,
  startsOn: new Date("2026-01-05T00:00:00Z"),
  endsOn: new Date("2026-06-29T00:00:00Z"),
  venue,
});

describe("schema.org Schedule of an offer", () => {
  it("gives weekly rules their days, times, frequency and zone", () => {
    expect(scheduleLd(schedule("FREQ=WEEKLY;BYDAY=TU,MO"), "Europe/Warsaw")).toEqual({
      "@type": "Schedule",
      repeatFrequency: "P1W",
      byDay: ["https://schema.org/Monday", "https://schema.org/Tuesday"],
      startTime: "16:30:00",
      endTime: "18:00:00",
      scheduleTimezone: "Europe/Warsaw",
      startDate: "2026-01-05",
      endDate: "2026-06-29",
    });
    expect(scheduleLd(schedule("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"), "Europe/Warsaw")).toMatchObject({ repeatFrequency: "P2W" });
  });

  it("gives the n-th weekday of the month as byMonthWeek, and leaves out what it cannot say", () => {
    expect(scheduleLd(schedule("FREQ=MONTHLY;BYDAY=1TH"), "Europe/Warsaw")).toMatchObject({
      repeatFrequency: "P1M",
      byDay: ["https://schema.org/Thursday"],
      byMonthWeek: 1,
    });
    expect(scheduleLd(schedule("FREQ=MONTHLY;BYDAY=-1FR"), "Europe/Warsaw")).toBeNull();
    expect(scheduleLd(schedule(null, "IRREGULAR"), "Europe/Warsaw")).toBeNull();
    expect(scheduleLd(schedule("FREQ=DAILY"), "Europe/Warsaw")).toBeNull();
  });
});

describe("a session as a schema.org Event", () => {
  const url = "https://razem.example.pl/ops-testowo/offer/klub-seniora";

  it("is scheduled, cancelled or rescheduled (with the date it was moved from)", () => {
    const planned = sessionLd(session({ id: "a", startsAt: new Date("2026-07-01T14:30:00Z") }), centre, url);
    expect(planned).toMatchObject({
      eventStatus: "https://schema.org/EventScheduled",
      startDate: "2026-07-01T16:30:00+02:00",
      endDate: "2026-07-01T18:00:00+02:00",
      location: { "@type": "Place", name: "CAL", address: { streetAddress: "ul. Porajów 14", addressLocality: "Warszawa", addressCountry: "PL" } },
    });
    const cancelled = sessionLd(session({ id: "b", startsAt: new Date("2026-01-07T15:30:00Z"), status: "CANCELLED" }), centre, url);
    expect(cancelled).toMatchObject({ eventStatus: "https://schema.org/EventCancelled", startDate: "2026-01-07T16:30:00+01:00" });
    const moved = sessionLd(session({ id: "c", startsAt: new Date("2026-07-02T14:30:00Z"), movedFrom: new Date("2026-07-01T14:30:00Z") }), centre, url);
    expect(moved).toMatchObject({ eventStatus: "https://schema.org/EventRescheduled", previousStartDate: "2026-07-01T16:30:00+02:00" });
  });
});

describe("JSON-LD in a script element", () => {
  it("cannot be closed or broken by the text it carries", () => {
    const data = { description: '</script><script>alert("x")</script> & \u2028' };
    const html = jsonLdHtml(data);
    expect(html).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(html)).toEqual(data);
  });
});

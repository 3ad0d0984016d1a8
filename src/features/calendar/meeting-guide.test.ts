import { describe, expect, it } from "vitest";
import type { MeetingSource } from "./data";
import { meetingGuide } from "./meeting-guide";
import { centre, venue } from "./test-fixtures";

const origin = "https://razem.example.pl";
const today = new Date("2026-03-02T00:00:00Z");
const text = (value: string | null) => ({ text: value, lang: "pl" });

type Schedule = {
  id: string;
  rrule: string | null;
  startTime: string | null;
  endTime?: string | null;
  startsOn?: Date;
  endsOn?: Date | null;
  venue?: typeof venue | null;
};

function source(offers: { slug: string; joinMode?: "OPEN" | "REFERRAL"; audiences?: string[]; defaultVenue?: typeof venue | null; schedules: Schedule[] }[]) {
  return {
    ...centre,
    today,
    offers: offers.map((o) => ({
      slug: o.slug,
      name: text(`Oferta ${o.slug}`),
      audience: text(null),
      howToJoin: text(null),
      joinMode: o.joinMode ?? "OPEN",
      audiences: o.audiences ?? [],
      defaultVenue: o.defaultVenue === undefined ? venue : o.defaultVenue,
      updatedAt: new Date("2026-02-01T09:30:00Z"),
      schedules: o.schedules.map((s) => ({
        kind: "RECURRING",
        note: null,
        endTime: null,
        startsOn: new Date("2026-01-05T00:00:00Z"),
        endsOn: null,
        venue: null,
        createdAt: new Date("2026-01-02T08:00:00Z"),
        ...s,
      })),
    })),
  } as unknown as MeetingSource;
}

describe("the Meeting Guide feed", () => {
  it("lists each weekday of a schedule, Sunday as 0, Monday first", () => {
    const meetings = meetingGuide(
      source([{ slug: "klub", schedules: [{ id: "s1", rrule: "FREQ=WEEKLY;BYDAY=SU,MO", startTime: "09:00", endTime: "10:30" }] }]),
      { origin, locale: "pl" },
    );
    expect(meetings.map((m) => [m.day, m.time, m.end_time])).toEqual([
      [1, "09:00", "10:30"],
      [0, "09:00", "10:30"],
    ]);
    expect(meetings[0]).toMatchObject({ updated: "2026-02-01 09:30:00", timezone: "Europe/Warsaw", country: "PL", url: `${origin}/ops-testowo/offer/klub` });
  });

  it("keeps a schedule's slugs when its times change, and they differ between schedules", () => {
    const at = (startTime: string) =>
      meetingGuide(source([{ slug: "klub", schedules: [{ id: "s1", rrule: "FREQ=WEEKLY;BYDAY=TU", startTime }] }]), { origin, locale: "pl" });
    expect(at("10:00")[0].slug).toBe(at("12:00")[0].slug);
    const two = meetingGuide(
      source([
        {
          slug: "klub",
          schedules: [
            { id: "s1", rrule: "FREQ=WEEKLY;BYDAY=TU", startTime: "10:00" },
            { id: "s2", rrule: "FREQ=WEEKLY;BYDAY=TU", startTime: "10:00" },
          ],
        },
      ]),
      { origin, locale: "pl" },
    );
    expect(new Set(two.map((m) => m.slug)).size).toBe(2);
    expect(two[0].slug).toMatch(/^klub-[0-9a-f]{6}-2$/);
  });

  it("describes monthly and future schedules in notes, in the feed's language", () => {
    const [monthly, later] = meetingGuide(
      source([
        {
          slug: "klub",
          schedules: [
            { id: "s1", rrule: "FREQ=MONTHLY;BYDAY=1TH", startTime: "17:00" },
            { id: "s2", rrule: "FREQ=WEEKLY;BYDAY=FR", startTime: "17:00", startsOn: new Date("2026-04-03T00:00:00Z") },
          ],
        },
      ]),
      { origin, locale: "en" },
    );
    expect(monthly.day).toBe(4);
    expect(monthly.notes).toContain("Meets on the first Thursday of the month");
    expect(later.notes).toContain("from 3 April 2026");
    expect(later.url).toBe(`${origin}/en/ops-testowo/offer/klub`);
  });

  it("marks open or by referral, access and audience with Meeting Guide codes", () => {
    const [open] = meetingGuide(source([{ slug: "a", audiences: ["SENIORS"], schedules: [{ id: "s1", rrule: "FREQ=WEEKLY;BYDAY=MO", startTime: "10:00" }] }]), {
      origin,
      locale: "pl",
    });
    const [referral] = meetingGuide(
      source([{ slug: "b", joinMode: "REFERRAL", defaultVenue: null, schedules: [{ id: "s1", rrule: "FREQ=WEEKLY;BYDAY=MO", startTime: "10:00" }] }]),
      {
        origin,
        locale: "pl",
      },
    );
    expect(open.types).toEqual(["O", "X", "XB", "SEN"]);
    expect(open).toMatchObject({ location: "CAL", address: "ul. Porajów 14", region: "Białołęka", location_notes: "Wejście od podwórza" });
    expect(referral.types).toEqual(["C"]);
    // No venue: the meeting is at the centre.
    expect(referral).toMatchObject({ location: centre.name, address: centre.street, formatted_address: "ul. Główna 1, 00-001 Testowo, Polska" });
  });

  it("leaves out what has no weekly day and time", () => {
    const meetings = meetingGuide(
      source([
        {
          slug: "klub",
          schedules: [
            { id: "s1", rrule: null, startTime: null },
            { id: "s2", rrule: "FREQ=WEEKLY;BYDAY=MO", startTime: null },
            { id: "s3", rrule: "FREQ=DAILY", startTime: "10:00" },
          ],
        },
      ]),
      { origin, locale: "pl" },
    );
    expect(meetings).toEqual([]);
  });
});

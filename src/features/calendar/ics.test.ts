import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, sessionSequence } from "./ics";
import { centre, session } from "./test-fixtures";

const origin = "https://razem.example.pl";

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent("vtimezone");
  if (vtimezone) ICAL.TimezoneService.register(vtimezone);
  return { calendar, vtimezone, events: calendar.getAllSubcomponents("vevent") };
}

describe("the iCalendar feed", () => {
  const summer = session({ id: "0197a1b2-0000-7000-8000-000000000001", startsAt: new Date("2026-07-01T14:30:00Z") });
  const winter = session({ id: "0197a1b2-0000-7000-8000-000000000002", startsAt: new Date("2026-01-05T15:30:00Z"), topic: "Spotkanie z dietetykiem" });
  const cancelled = session({
    id: "0197a1b2-0000-7000-8000-000000000003",
    startsAt: new Date("2026-07-08T14:30:00Z"),
    status: "CANCELLED",
    cancelReason: "choroba prowadzącej",
    updatedAt: new Date("2026-06-01T08:00:00Z"),
  });
  const ics = buildIcs({ title: "OPS Testowo", description: "Zajęcia", centre, sessions: [summer, winter, cancelled], locale: "pl", origin });

  it("is a calendar with a name, PRODID, and Warsaw's VTIMEZONE ahead of the events", () => {
    const { calendar, vtimezone, events } = parse(ics);
    expect(calendar.getFirstPropertyValue("prodid")).toContain("Razem");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("OPS Testowo");
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Warsaw");
    expect(vtimezone?.getFirstPropertyValue("tzid")).toBe("Europe/Warsaw");
    expect(vtimezone?.getAllSubcomponents().map((c) => c.name)).toEqual(["daylight", "standard"]);
    expect(events).toHaveLength(3);
    // RFC 5545: calendar properties first, then components; lines end with CRLF.
    expect(ics.indexOf("X-WR-TIMEZONE")).toBeLessThan(ics.indexOf("BEGIN:VTIMEZONE"));
    expect(ics.indexOf("END:VTIMEZONE")).toBeLessThan(ics.indexOf("BEGIN:VEVENT"));
    expect(ics.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
  });

  it("gives local Warsaw times with TZID that mean the right instants, summer and winter", () => {
    const { events } = parse(ics);
    const [first, second] = events.map((e) => new ICAL.Event(e));
    const dtstart = events[0].getFirstProperty("dtstart");
    expect(dtstart?.getParameter("tzid")).toBe("Europe/Warsaw");
    expect(first.startDate.toString()).toBe("2026-07-01T16:30:00");
    expect(first.startDate.toJSDate().toISOString()).toBe("2026-07-01T14:30:00.000Z");
    expect(first.endDate.toJSDate().toISOString()).toBe("2026-07-01T16:00:00.000Z");
    expect(second.startDate.toString()).toBe("2026-01-05T16:30:00");
    expect(second.startDate.toJSDate().toISOString()).toBe("2026-01-05T15:30:00.000Z");
  });

  it("describes each session: summary with topic, location, description, page URL, UTC stamps", () => {
    const { events } = parse(ics);
    const second = events[1];
    expect(second.getFirstPropertyValue("uid")).toBe("0197a1b2-0000-7000-8000-000000000002@razem");
    expect(second.getFirstPropertyValue("summary")).toBe("Klub Seniora WRZOS – Spotkanie z dietetykiem");
    expect(second.getFirstPropertyValue("location")).toBe("CAL, ul. Porajów 14, 03-199 Warszawa");
    expect(second.getFirstPropertyValue("url")).toBe(`${origin}/ops-testowo/offer/klub-seniora`);
    expect(second.getFirstPropertyValue("status")).toBe("CONFIRMED");
    const description = String(second.getFirstPropertyValue("description"));
    expect(description).toContain("Dla kogo: Seniorzy z Białołęki");
    expect(description).toContain("Jak dołączyć: Otwarte");
    expect(description).toContain(`${origin}/ops-testowo/offer/klub-seniora`);
    expect(ics).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
    expect(ics).toMatch(/^LAST-MODIFIED:\d{8}T\d{6}Z\r$/m);
  });

  it("marks a cancelled session and gives the public reason", () => {
    const event = parse(ics).events[2];
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(String(event.getFirstPropertyValue("summary"))).toMatch(/^Odwołane: /);
    expect(String(event.getFirstPropertyValue("description"))).toContain("Odwołane: choroba prowadzącej");
    expect(Number(event.getFirstPropertyValue("sequence"))).toBeGreaterThan(0);
  });

  it("is the same file when built twice from the same data", () => {
    expect(buildIcs({ title: "OPS Testowo", description: "Zajęcia", centre, sessions: [summer, winter, cancelled], locale: "pl", origin })).toBe(ics);
  });

  it("speaks the feed's language and links the page in it", () => {
    const en = buildIcs({ title: "OPS", description: "", centre, sessions: [cancelled], locale: "en", origin });
    const event = parse(en).events[0];
    expect(event.getFirstPropertyValue("url")).toBe(`${origin}/en/ops-testowo/offer/klub-seniora`);
    expect(String(event.getFirstPropertyValue("description"))).toContain("Cancelled: choroba prowadzącej");
  });

  it("still carries the time zone when there is nothing planned", () => {
    const { vtimezone, events } = parse(buildIcs({ title: "OPS", description: "", centre, sessions: [], locale: "uk", origin }));
    expect(vtimezone?.getFirstPropertyValue("tzid")).toBe("Europe/Warsaw");
    expect(events).toHaveLength(0);
  });
});

describe("SEQUENCE", () => {
  it("is 0 for an unchanged session and grows with every later change", () => {
    const createdAt = new Date("2026-01-01T10:00:00Z");
    expect(sessionSequence({ createdAt, updatedAt: createdAt })).toBe(0);
    const once = sessionSequence({ createdAt, updatedAt: new Date("2026-01-01T10:00:00.200Z") });
    const twice = sessionSequence({ createdAt, updatedAt: new Date("2026-03-01T10:00:00Z") });
    expect(once).toBeGreaterThan(0);
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThan(2 ** 31);
  });
});

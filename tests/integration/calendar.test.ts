// The public feeds end to end on real rows: the route handlers, the iCalendar files (checked with
// Mozilla's parser), the Meeting Guide feed, the offer page's JSON-LD, and that no person appears.
import ICAL from "ical.js";
import { addDays } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/server/db";
import { dbDate, localDate, zonedInstant } from "@/server/time";
import { offerJsonLd } from "@/features/calendar/json-ld";
import { getPublicOffer, publicSessions } from "@/features/public-site/data";
import { GET as centreCalendar } from "@/app/(public)/l/[locale]/[centre]/calendar.ics/route";
import { GET as offerCalendar } from "@/app/(public)/l/[locale]/[centre]/offer/[slug]/calendar.ics/route";
import { GET as meetingsJson } from "@/app/(public)/l/[locale]/[centre]/meetings.json/route";
import { makeCentre, makeMember } from "../factories";

const ORIGIN = "https://razem.example.pl";
process.env.NEXTAUTH_URL = ORIGIN;

/** Names of people who must never appear in public output. */
const PEOPLE = ["Zygmunt", "Poufny", "zygmunt.poufny@example.com", "600100200", "Konstanty", "Sekretny", "Walenty", "Ukryty"];

const now = new Date();
const at = (days: number, time: string) => zonedInstant(localDate(addDays(now, days)), time);
const request = (path: string) => new Request(`http://localhost${path}`);

async function world() {
  const centre = await makeCentre("OPS Kalendarzowo");
  const other = await makeCentre("Inny Ośrodek");
  const staff = await makeMember(centre, "COORDINATOR", "Konstanty Sekretny");
  await makeMember(centre, "VOLUNTEER", "Walenty Ukryty");
  const venue = await db.venue.create({
    data: { centreId: centre.id, name: "CAL", street: "ul. Porajów 14", postalCode: "03-199", city: "Warszawa", district: "Białołęka", stepFreeEntrance: true },
  });
  const offer = (slug: string, extra: object = {}) =>
    db.offer.create({ data: { centreId: centre.id, type: "CLUB", clubKind: "SENIOR_CLUB", slug, name: `Klub ${slug}`, defaultVenueId: venue.id, ...extra } });
  const club = await offer("seniora", { audience: "Seniorzy", audiences: ["SENIORS"], description: "Spotkania i gimnastyka." });
  await db.offerTranslation.create({ data: { centreId: centre.id, offerId: club.id, locale: "uk", name: "Клуб сеньйора" } });
  const group = await offer("wsparcia", { type: "GROUP", clubKind: null, joinMode: "REFERRAL", facilitator: "Konstanty Sekretny" });
  const archived = await offer("dawny", { archivedAt: new Date() });
  const internal = await offer("wewnetrzny", { isPublic: false });
  const otherOffer = await db.offer.create({ data: { centreId: other.id, type: "CLUB", clubKind: "SENIOR_CLUB", slug: "seniora", name: "Klub obcy" } });

  const schedule = (
    offerId: string,
    kind: "RECURRING" | "IRREGULAR",
    rrule: string | null,
    startTime: string | null = "16:30",
    endTime: string | null = "18:00",
  ) =>
    db.schedule.create({
      data: { centreId: centre.id, offerId, kind, rrule, startsOn: dbDate(localDate(addDays(now, -60))), startTime, endTime, leader: "Konstanty Sekretny" },
    });
  await schedule(club.id, "RECURRING", "FREQ=WEEKLY;BYDAY=MO,WE");
  await schedule(club.id, "RECURRING", "FREQ=MONTHLY;BYDAY=1TH", "10:00", "12:00");
  await schedule(group.id, "RECURRING", "FREQ=WEEKLY;BYDAY=TU", "18:00", "19:30");
  await schedule(group.id, "RECURRING", "FREQ=WEEKLY;BYDAY=SU", "11:00", null);
  await schedule(group.id, "IRREGULAR", null, null, null);
  await schedule(archived.id, "RECURRING", "FREQ=WEEKLY;BYDAY=FR");
  await schedule(internal.id, "RECURRING", "FREQ=WEEKLY;BYDAY=SA");

  const longAgo = addDays(now, -2);
  const session = (offerId: string, days: number, extra: object = {}, centreId = centre.id) =>
    db.session.create({
      data: {
        centreId,
        offerId,
        startsAt: at(days, "16:30"),
        endsAt: at(days, "18:00"),
        leader: "Konstanty Sekretny",
        createdAt: longAgo,
        updatedAt: longAgo,
        ...extra,
      },
    });
  const planned = await session(club.id, 3, { topic: "Spotkanie z dietetykiem" });
  const cancelled = await session(club.id, 10, { status: "CANCELLED", cancelReason: "choroba prowadzącej" });
  const moved = await session(club.id, 17, { movedFrom: at(16, "16:30") });
  const groupSession = await session(group.id, 4);
  const hidden = [await session(archived.id, 5), await session(internal.id, 6), await session(otherOffer.id, 7, {}, other.id)];

  const participant = await db.participant.create({
    data: {
      centreId: centre.id,
      firstName: "Zygmunt",
      lastName: "Poufny",
      searchName: "poufny zygmunt",
      email: "zygmunt.poufny@example.com",
      phone: "600100200",
    },
  });
  await db.attendance.create({
    data: { centreId: centre.id, sessionId: planned.id, participantId: participant.id, status: "PRESENT", markedById: staff.user.id },
  });
  const volunteer = await db.volunteer.create({ data: { centreId: centre.id, firstName: "Walenty", lastName: "Ukryty", birthYear: 1990 } });
  const task = await db.volunteerTask.create({ data: { centreId: centre.id, sessionId: planned.id, role: "Pomoc przy herbacie", needed: 1 } });
  await db.assignment.create({ data: { centreId: centre.id, taskId: task.id, volunteerId: volunteer.id, status: "APPROVED" } });

  return { centre, other, planned, cancelled, moved, groupSession, hidden };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent");
  const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue("uid")), e]));
  return { calendar, events, byUid };
}

const uid = (s: { id: string }) => `${s.id}@razem`;

describe("public calendar and meeting feeds", () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world();
  });

  const getCentre = (locale: string, centre = w.centre.slug) =>
    centreCalendar(request(`/l/${locale}/${centre}/calendar.ics`), { params: Promise.resolve({ locale, centre }) });
  const getOffer = (locale: string, slug: string, centre = w.centre.slug) =>
    offerCalendar(request(`/l/${locale}/${centre}/offer/${slug}/calendar.ics`), { params: Promise.resolve({ locale, centre, slug }) });
  const getMeetings = (locale: string, centre = w.centre.slug) =>
    meetingsJson(request(`/l/${locale}/${centre}/meetings.json`), { params: Promise.resolve({ locale, centre }) });

  it("serves the centre's calendar: headers, time zone, every public session, nothing else", async () => {
    const res = await getCentre("pl");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="${w.centre.slug}.ics"`);
    expect(res.headers.get("cache-control")).toMatch(/public/);
    const { calendar, events, byUid } = parse(await res.text());
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Warsaw");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toContain("OPS Kalendarzowo");
    expect([...byUid.keys()].sort()).toEqual([w.planned, w.cancelled, w.moved, w.groupSession].map(uid).sort());
    for (const event of events) expect(event.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Warsaw");
    for (const s of w.hidden) expect(byUid.has(uid(s))).toBe(false);
    const planned = byUid.get(uid(w.planned))!;
    expect(planned.getFirstPropertyValue("summary")).toBe("Klub seniora – Spotkanie z dietetykiem");
    expect(planned.getFirstPropertyValue("location")).toBe("CAL, ul. Porajów 14, 03-199 Warszawa");
    expect(planned.getFirstPropertyValue("url")).toBe(`${ORIGIN}/${w.centre.slug}/offer/seniora`);
    expect(String(planned.getFirstPropertyValue("dtstart"))).toMatch(/T16:30:00$/);
    const cancelled = byUid.get(uid(w.cancelled))!;
    expect(cancelled.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(String(cancelled.getFirstPropertyValue("description"))).toContain("choroba prowadzącej");
  });

  it("keeps UIDs across rebuilds; a moved session keeps its UID and its SEQUENCE grows", async () => {
    const before = parse(await (await getCentre("pl")).text()).byUid;
    const again = parse(await (await getCentre("pl")).text()).byUid;
    expect([...again.keys()]).toEqual([...before.keys()]);
    const sequence = (events: Map<string, ICAL.Component>) => Number(events.get(uid(w.planned))!.getFirstPropertyValue("sequence"));

    await db.session.update({
      where: { centreId_id: { centreId: w.centre.id, id: w.planned.id } },
      data: { movedFrom: w.planned.startsAt, startsAt: at(3, "17:00"), endsAt: at(3, "18:30") },
    });
    const after = parse(await (await getCentre("pl")).text()).byUid;
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(sequence(after)).toBeGreaterThan(sequence(before));
    expect(String(after.get(uid(w.planned))!.getFirstPropertyValue("dtstart"))).toMatch(/T17:00:00$/);
    expect(String(after.get(uid(w.planned))!.getFirstPropertyValue("description"))).toContain("Przeniesione z terminu");
  });

  it("serves one offer's calendar with only its sessions, in the feed's language", async () => {
    const res = await getOffer("uk", "seniora");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="${w.centre.slug}-seniora-uk.ics"`);
    const { calendar, byUid } = parse(await res.text());
    expect([...byUid.keys()].sort()).toEqual([w.planned, w.cancelled, w.moved].map(uid).sort());
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toContain("Клуб сеньйора");
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Warsaw");
    const cancelled = byUid.get(uid(w.cancelled))!;
    expect(cancelled.getFirstPropertyValue("url")).toBe(`${ORIGIN}/uk/${w.centre.slug}/offer/seniora`);
    expect(String(cancelled.getFirstPropertyValue("summary"))).toMatch(/^Скасовано: Клуб сеньйора/);
  });

  it("answers 404 for an unknown language or centre, and for archived, internal or foreign offers", async () => {
    expect((await getCentre("de")).status).toBe(404);
    expect((await getCentre("pl", "nie-ma-takiego")).status).toBe(404);
    expect((await getMeetings("pl", "nie-ma-takiego")).status).toBe(404);
    for (const slug of ["dawny", "wewnetrzny", "nie-ma"]) expect((await getOffer("pl", slug)).status).toBe(404);
    // The other centre's "seniora" is not this centre's, and vice versa.
    const foreign = parse(await (await getOffer("pl", "seniora", w.other.slug)).text()).byUid;
    expect(foreign.has(uid(w.hidden[2]))).toBe(true);
    expect(foreign.size).toBe(1);
  });

  it("lists recurring meetings in the Meeting Guide format, Monday = 1, Sunday = 0", async () => {
    const res = await getMeetings("pl");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const meeting = z
      .object({
        name: z.string().min(1),
        slug: z.string().regex(/^[a-z0-9-]{1,64}$/),
        day: z.number().int().min(0).max(6),
        time: z.string().regex(/^\d{2}:\d{2}$/),
        end_time: z.string().regex(/^\d{2}:\d{2}$/),
        timezone: z.literal("Europe/Warsaw"),
        location: z.string(),
        address: z.string(),
        city: z.string(),
        postal_code: z.string().optional(),
        region: z.string(),
        country: z.literal("PL"),
        formatted_address: z.string(),
        types: z.array(z.string()),
        notes: z.string().optional(),
        url: z.string().url(),
        updated: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
        group: z.string(),
        entity: z.string(),
        entity_url: z.string().url(),
      })
      .strict()
      .partial({ end_time: true });
    const meetings = z.array(meeting).parse(await res.json());
    expect(meetings.map((m) => [m.name, m.day, m.time])).toEqual([
      ["Klub seniora", 1, "16:30"],
      ["Klub wsparcia", 2, "18:00"],
      ["Klub seniora", 3, "16:30"],
      ["Klub seniora", 4, "10:00"],
      ["Klub wsparcia", 0, "11:00"],
    ]);
    expect(new Set(meetings.map((m) => m.slug)).size).toBe(meetings.length);
    const [monday, tuesday, , thursday] = meetings;
    expect(monday).toMatchObject({ location: "CAL", address: "ul. Porajów 14", city: "Warszawa", region: "Białołęka", end_time: "18:00" });
    expect(monday.types).toEqual(["O", "X", "SEN"]);
    expect(monday.url).toBe(`${ORIGIN}/${w.centre.slug}/offer/seniora`);
    expect(tuesday.types).toEqual(["C", "X"]);
    expect(thursday.notes).toContain("w pierwszy czwartek miesiąca");
    // Stable: the same slugs on the next build.
    const again = (await (await getMeetings("pl")).json()) as { slug: string }[];
    expect(again.map((m) => m.slug)).toEqual(meetings.map((m) => m.slug));
    const english = (await (await getMeetings("en")).json()) as { url: string; notes?: string }[];
    expect(english[0].url).toBe(`${ORIGIN}/en/${w.centre.slug}/offer/seniora`);
    expect(english[3].notes).toContain("first Thursday of the month");
  });

  it("gives the offer page JSON-LD with its schedule and cancelled and moved sessions", async () => {
    const page = (await getPublicOffer(w.centre.slug, "seniora", "pl"))!;
    const sessions = await publicSessions(w.centre.slug, { offerSlug: "seniora", from: now, until: addDays(now, 60), locale: "pl" });
    const url = `${ORIGIN}/${w.centre.slug}/offer/seniora`;
    const ld = offerJsonLd({ page, sessions, url, locale: "pl" });
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "EventSeries",
      name: "Klub seniora",
      inLanguage: "pl",
      isAccessibleForFree: true,
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      organizer: { "@type": "GovernmentOrganization", url: `${ORIGIN}/${w.centre.slug}`, address: { streetAddress: "ul. Próbna 1" } },
      location: { "@type": "Place", name: "CAL" },
    });
    expect(ld.eventSchedule).toContainEqual(
      expect.objectContaining({
        byDay: ["https://schema.org/Monday", "https://schema.org/Wednesday"],
        startTime: "16:30:00",
        repeatFrequency: "P1W",
        scheduleTimezone: "Europe/Warsaw",
      }),
    );
    const statuses = ld.subEvent?.map((e) => e.eventStatus);
    expect(statuses).toContain("https://schema.org/EventCancelled");
    expect(ld.subEvent?.find((e) => e.eventStatus === "https://schema.org/EventRescheduled")).toHaveProperty("previousStartDate");
  });

  it("never shows a participant, staff member or volunteer in any feed or structured data", async () => {
    const outputs: string[] = [];
    for (const locale of ["pl", "uk", "en"]) {
      outputs.push(await (await getCentre(locale)).text());
      outputs.push(await (await getMeetings(locale)).text());
      for (const slug of ["seniora", "wsparcia"]) {
        outputs.push(await (await getOffer(locale, slug)).text());
        const page = (await getPublicOffer(w.centre.slug, slug, locale as "pl"))!;
        const sessions = await publicSessions(w.centre.slug, { offerSlug: slug, from: addDays(now, -30), until: addDays(now, 60), locale: locale as "pl" });
        outputs.push(JSON.stringify(offerJsonLd({ page, sessions, url: `${ORIGIN}/x`, locale: locale as "pl" })));
      }
    }
    const all = outputs.join("\n");
    expect(all).toContain("Klub seniora");
    for (const name of PEOPLE) expect(all).not.toContain(name);
  });
});

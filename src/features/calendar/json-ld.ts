// schema.org structured data for an offer page, so search engines and event finders can show what
// happens when and where: an EventSeries with its weekly or monthly rhythm (eventSchedule) and the
// next concrete sessions (subEvent), cancelled or moved ones marked. Public projection only.
import { TZDate } from "@date-fns/tz";
import { formatISO } from "date-fns";
import type { Locale } from "@/features/i18n/locales";
import type { PublicOfferPage, PublicSession, PublicVenue } from "@/features/public-site/data";
import { fromRrule, weekdaysOf } from "@/features/schedules/rule";
import { fromDbDate } from "@/server/time";
import { centrePageUrl } from "./links";
import { placeOf, sessionTitle, type FeedCentre } from "./session-text";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const OFFLINE = "https://schema.org/OfflineEventAttendanceMode";

type Schedule = PublicOfferPage["offer"]["schedules"][number];

function postalAddress(place: ReturnType<typeof placeOf>) {
  return {
    "@type": "PostalAddress",
    streetAddress: place.street,
    ...(place.postalCode ? { postalCode: place.postalCode } : {}),
    addressLocality: place.city,
    addressCountry: "PL",
  };
}

function placeLd(venue: PublicVenue | null | undefined, centre: FeedCentre) {
  const place = placeOf(venue, centre);
  return { "@type": "Place", name: place.name, address: postalAddress(place) };
}

/** "2026-07-01T16:30:00+02:00": local time with the offset it had on that day. */
const localIso = (instant: Date, zone: string) => formatISO(new TZDate(instant, zone));
/** schema.org Time: "16:30:00". */
const clock = (hhmm: string | null) => (hhmm ? `${hhmm}:00` : null);

/** A recurring schedule as schema.org Schedule; null for what it cannot express. */
export function scheduleLd(s: Schedule, zone: string) {
  const rule = s.kind === "RECURRING" && s.rrule ? fromRrule(s.rrule) : null;
  if (!rule || (rule.pattern === "monthly" && rule.nth < 1)) return null;
  const start = clock(s.startTime);
  const end = clock(s.endTime);
  return {
    "@type": "Schedule",
    repeatFrequency: rule.pattern === "weekly" ? `P${rule.interval}W` : "P1M",
    byDay: weekdaysOf(s.rrule).map((d) => `https://schema.org/${DAYS[d - 1]}`),
    ...(rule.pattern === "monthly" ? { byMonthWeek: rule.nth } : {}),
    ...(start ? { startTime: start } : {}),
    ...(end ? { endTime: end } : {}),
    scheduleTimezone: zone,
    startDate: fromDbDate(s.startsOn),
    ...(s.endsOn ? { endDate: fromDbDate(s.endsOn) } : {}),
  };
}

export function sessionLd(s: PublicSession, centre: FeedCentre, url: string) {
  const zone = centre.timeZone;
  const status = s.status === "CANCELLED" ? "EventCancelled" : s.movedFrom ? "EventRescheduled" : "EventScheduled";
  return {
    "@type": "Event",
    name: sessionTitle(s),
    url,
    startDate: localIso(s.startsAt, zone),
    endDate: localIso(s.endsAt, zone),
    eventStatus: `https://schema.org/${status}`,
    ...(s.movedFrom && status === "EventRescheduled" ? { previousStartDate: localIso(s.movedFrom, zone) } : {}),
    eventAttendanceMode: OFFLINE,
    isAccessibleForFree: true,
    location: placeLd(s.venue, centre),
  };
}

/**
 * The offer page's JSON-LD. `page` is getPublicOffer's result, `sessions` the next sessions of this
 * offer (publicSessions with offerSlug), `url` the page's absolute address.
 */
export function offerJsonLd({ page, sessions, url, locale }: { page: PublicOfferPage; sessions: PublicSession[]; url: string; locale: Locale }) {
  const { centre, offer } = page;
  const zone = centre.timeZone;
  const schedules = offer.schedules.map((s) => scheduleLd(s, zone)).filter((s) => s !== null);
  const venue = offer.schedules.find((s) => s.venue)?.venue ?? offer.defaultVenue;
  return {
    "@context": "https://schema.org",
    "@type": "EventSeries",
    name: offer.name.text,
    ...(offer.description.text ? { description: offer.description.text } : {}),
    url,
    inLanguage: offer.name.lang,
    ...(offer.audience.text ? { audience: { "@type": "Audience", audienceType: offer.audience.text } } : {}),
    ...(offer.startsOn ? { startDate: fromDbDate(offer.startsOn) } : {}),
    ...(offer.endsOn ? { endDate: fromDbDate(offer.endsOn) } : {}),
    eventAttendanceMode: OFFLINE,
    isAccessibleForFree: true,
    organizer: {
      "@type": "GovernmentOrganization",
      name: centre.name,
      url: centrePageUrl(new URL(url).origin, locale, centre.slug),
      address: postalAddress(placeOf(null, centre)),
      ...(centre.phone ? { telephone: centre.phone } : {}),
      ...(centre.email ? { email: centre.email } : {}),
    },
    location: placeLd(venue, centre),
    ...(schedules.length ? { eventSchedule: schedules } : {}),
    ...(sessions.length ? { subEvent: sessions.map((s) => sessionLd(s, centre, url)) } : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json">: "<", ">" and "&" escaped so no text (a
 * description saying "</script>") can end the script early; U+2028/2029 for old parsers.
 */
export function jsonLdHtml(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

// A centre's or an offer's public sessions as an iCalendar file (RFC 5545) that Google, Outlook and
// Apple calendars subscribe to. Times are local (TZID=Europe/Warsaw) with the zone's VTIMEZONE, so
// 16:30 stays 16:30 across daylight-saving changes. Each session keeps its UID for life, and its
// SEQUENCE grows when staff change it, so subscribers update the event instead of duplicating it;
// a cancelled session stays in the feed with STATUS:CANCELLED so calendars remove or mark it.
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalEventStatus } from "ical-generator";
import { formatDateTime } from "@/components/ui/format";
import type { Locale } from "@/features/i18n/locales";
import type { PublicSession } from "@/features/public-site/data";
import { offerPageUrl } from "./links";
import { feedWords } from "./messages";
import { sessionTitle, venueAddress, type FeedCentre } from "./session-text";

export type IcsInput = {
  /** X-WR-CALNAME: the centre's name, or the offer's. */
  title: string;
  description: string;
  centre: FeedCentre;
  sessions: PublicSession[];
  locale: Locale;
  origin: string;
};

/** Stable across rebuilds and edits: derived only from the session's id. */
export const sessionUid = (id: string) => `${id}@razem`;

/**
 * 0 for a session never changed since it was made; afterwards the seconds between creation and the
 * last change, which only grow. Fits the 32-bit INTEGER of RFC 5545 for 68 years.
 */
export function sessionSequence(s: { createdAt: Date; updatedAt: Date }): number {
  return Math.max(0, Math.ceil((s.updatedAt.getTime() - s.createdAt.getTime()) / 1000));
}

export function buildIcs({ title, description, centre, sessions, locale, origin }: IcsInput): string {
  const zone = centre.timeZone;
  const t = feedWords(locale);
  // No calendar-level time zone on purpose: with one, ical-generator writes DTSTAMP and
  // LAST-MODIFIED as local times, which RFC 5545 requires in UTC. The zone is added below.
  const calendar = ical({
    prodId: { company: "Razem", product: "Kalendarz publiczny", language: locale.toUpperCase() },
    name: title,
    description,
    ttl: 60 * 60,
  });
  for (const s of sessions) {
    const url = offerPageUrl(origin, locale, centre.slug, s.offer.slug);
    const cancelled = s.status === "CANCELLED";
    const notes = [
      cancelled ? (s.cancelReason ? t.cancelledBecause(s.cancelReason) : t.cancelled) : null,
      s.movedFrom ? t.movedFrom(formatDateTime(s.movedFrom, zone, locale)) : null,
      s.offer.audience.text ? `${t.forWhom}: ${s.offer.audience.text}` : null,
      `${t.howToJoin}: ${s.offer.howToJoin.text ?? t.joinModes[s.offer.joinMode]}`,
      `${t.more}: ${url}`,
    ];
    calendar.createEvent({
      id: sessionUid(s.id),
      sequence: sessionSequence(s),
      // Without METHOD, DTSTAMP means the last change of the event (RFC 5545 §3.8.7.2).
      stamp: s.updatedAt,
      created: s.createdAt,
      lastModified: s.updatedAt,
      start: new TZDate(s.startsAt, zone),
      end: new TZDate(s.endsAt, zone),
      timezone: zone,
      summary: cancelled ? `${t.cancelled}: ${sessionTitle(s)}` : sessionTitle(s),
      location: venueAddress(s.venue, centre),
      description: notes.filter(Boolean).join("\n"),
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return withTimeZone(calendar.toString(), zone);
}

/**
 * Adds X-WR-TIMEZONE (read by Google and Apple) and the zone's VTIMEZONE (its offsets and
 * daylight-saving rules) before the first event, since RFC 5545 puts calendar properties ahead of
 * components; also into an empty calendar, so it is complete before the first session exists.
 */
function withTimeZone(ics: string, zone: string): string {
  const vtimezone = getVtimezoneComponent(zone)?.trim().replace(/\r?\n/g, "\r\n");
  // Calendars still understand TZID=Europe/Warsaw without it, so the feed is served anyway.
  if (!vtimezone) console.error(`Brak definicji VTIMEZONE dla strefy ${zone} (@touch4it/ical-timezones).`);
  const block = [`X-WR-TIMEZONE:${zone}`, vtimezone].filter(Boolean).join("\r\n");
  return ics.replace(/^(BEGIN:VEVENT|END:VCALENDAR)/m, (first) => `${block}\r\n${first}`);
}

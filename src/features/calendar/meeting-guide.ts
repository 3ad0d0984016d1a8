// A centre's recurring meetings in the Meeting Guide JSON feed format
// (https://github.com/code4recovery/spec), the open format self-help meeting finders import.
// The format is weekly: one entry per weekday of each current recurring schedule; a monthly or
// fortnightly schedule is listed on its weekday with its real rule in `notes`; irregular schedules
// have no day and time, so they are left out.
import { createHash } from "node:crypto";
import { formatCalendarDate } from "@/components/ui/format";
import type { Locale } from "@/features/i18n/locales";
import { describeRule } from "@/features/schedules/describe";
import { fromRrule, weekdaysOf } from "@/features/schedules/rule";
import type { MeetingSource } from "./data";
import { centrePageUrl, offerPageUrl } from "./links";
import { feedWords } from "./messages";
import { placeOf } from "./session-text";

export type MeetingGuideMeeting = {
  name: string;
  slug: string;
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  time: string;
  end_time?: string;
  timezone: string;
  location: string;
  location_notes?: string;
  address: string;
  city: string;
  postal_code?: string;
  region: string;
  country: "PL";
  formatted_address: string;
  types: string[];
  notes?: string;
  url: string;
  /** UTC, "YYYY-MM-DD HH:MM:SS". */
  updated: string;
  group: string;
  entity: string;
  entity_url: string;
  entity_email?: string;
  entity_phone?: string;
};

/**
 * Meeting Guide's reserved type codes we can state from an offer's public data:
 * O = Open (anyone may come), C = Closed (here: by a social worker's referral only),
 * X = Wheelchair Access (step-free entrance), XB = Wheelchair-Accessible Bathroom,
 * SEN = Seniors, Y = Young People. Nothing else is claimed (e.g. a meeting's language).
 */
function typesOf(offer: MeetingSource["offers"][number], venue: { stepFreeEntrance: boolean; accessibleToilet: boolean } | null) {
  return [
    offer.joinMode === "OPEN" ? "O" : "C",
    venue?.stepFreeEntrance ? "X" : null,
    venue?.accessibleToilet ? "XB" : null,
    offer.audiences.includes("SENIORS") ? "SEN" : null,
    offer.audiences.includes("CHILDREN_YOUTH") ? "Y" : null,
  ].filter((t): t is string => t !== null);
}

const HHMM = /^\d{2}:\d{2}$/;
const utcStamp = (d: Date) => d.toISOString().slice(0, 19).replace("T", " ");
/** Short and stable; the id itself stays out of the feed. */
const shortHash = (id: string) => createHash("sha256").update(id).digest("hex").slice(0, 6);

export function meetingGuide(source: MeetingSource, { origin, locale }: { origin: string; locale: Locale }): MeetingGuideMeeting[] {
  const t = feedWords(locale);
  const meetings: MeetingGuideMeeting[] = [];
  for (const offer of source.offers) {
    for (const schedule of offer.schedules) {
      if (!schedule.rrule || !schedule.startTime || !HHMM.test(schedule.startTime)) continue;
      const rule = fromRrule(schedule.rrule);
      const venue = schedule.venue ?? offer.defaultVenue;
      const place = placeOf(venue, source);
      const notes = [
        rule && (rule.pattern === "monthly" || rule.interval > 1) ? t.meets(describeRule(schedule.rrule, locale)) : null,
        schedule.startsOn > source.today ? t.from(formatCalendarDate(schedule.startsOn, locale)) : null,
        schedule.endsOn ? t.until(formatCalendarDate(schedule.endsOn, locale)) : null,
        schedule.note,
        offer.audience.text ? `${t.forWhom}: ${offer.audience.text}` : null,
        `${t.howToJoin}: ${offer.howToJoin.text ?? t.joinModes[offer.joinMode]}`,
      ].filter(Boolean);
      const updated = offer.updatedAt > schedule.createdAt ? offer.updatedAt : schedule.createdAt;
      for (const isoDay of weekdaysOf(schedule.rrule)) {
        const day = isoDay % 7;
        meetings.push({
          name: offer.name.text,
          slug: `${offer.slug.slice(0, 48)}-${shortHash(schedule.id)}-${day}`,
          day,
          time: schedule.startTime,
          ...(schedule.endTime && HHMM.test(schedule.endTime) ? { end_time: schedule.endTime } : {}),
          timezone: source.timeZone,
          location: place.name,
          ...(venue?.accessibilityNotes ? { location_notes: venue.accessibilityNotes } : {}),
          address: place.street,
          city: place.city,
          ...(place.postalCode ? { postal_code: place.postalCode } : {}),
          region: place.district ?? place.city,
          country: "PL",
          formatted_address: `${place.street}, ${place.postalCode ? `${place.postalCode} ` : ""}${place.city}, Polska`,
          types: typesOf(offer, venue),
          ...(notes.length ? { notes: notes.join("\n") } : {}),
          url: offerPageUrl(origin, locale, source.slug, offer.slug),
          updated: utcStamp(updated),
          group: offer.name.text,
          entity: source.name,
          entity_url: centrePageUrl(origin, locale, source.slug),
          ...(source.email ? { entity_email: source.email } : {}),
          ...(source.phone ? { entity_phone: source.phone } : {}),
        });
      }
    }
  }
  return unique(meetings).sort((a, b) => (a.day || 7) - (b.day || 7) || a.time.localeCompare(b.time) || a.name.localeCompare(b.name, "pl"));
}

/** Slugs are the feed's primary key; a (practically impossible) hash clash gets a suffix. */
function unique(meetings: MeetingGuideMeeting[]) {
  const seen = new Set<string>();
  return meetings.map((m) => {
    let slug = m.slug;
    for (let n = 2; seen.has(slug); n++) slug = `${m.slug}-${n}`;
    seen.add(slug);
    return { ...m, slug };
  });
}

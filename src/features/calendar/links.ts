// Absolute public addresses for feeds and structured data, which are read outside the site (by
// calendar apps, meeting finders, search engines) and so cannot use relative links.
import { localePath, type Locale } from "@/features/i18n/locales";

/** The site's own origin, NEXTAUTH_URL: the address people use (`npm run dev/start` always set it). */
export function siteOrigin(): string | null {
  const configured = process.env.NEXTAUTH_URL;
  return configured ? new URL(configured).origin : null;
}

/**
 * The origin for a feed's links. The request's own origin is only a fallback: a cached feed should
 * not carry whatever Host header its first requester sent.
 */
export function feedOrigin(request: Request): string {
  return siteOrigin() ?? new URL(request.url).origin;
}

export function offerPageUrl(origin: string, locale: Locale, centreSlug: string, offerSlug: string): string {
  return `${origin}${localePath(locale, `/${centreSlug}/offer/${offerSlug}`)}`;
}

export function centrePageUrl(origin: string, locale: Locale, centreSlug: string): string {
  return `${origin}${localePath(locale, `/${centreSlug}`)}`;
}

/** The public address of a calendar feed: the centre's, or one offer's. */
export function calendarPath(locale: Locale, centreSlug: string, offerSlug?: string): string {
  return localePath(locale, offerSlug ? `/${centreSlug}/offer/${offerSlug}/calendar.ics` : `/${centreSlug}/calendar.ics`);
}

export function meetingsPath(locale: Locale, centreSlug: string): string {
  return localePath(locale, `/${centreSlug}/meetings.json`);
}

/**
 * "Add to calendar" links for a feed. `download` is a one-off import of the .ics file; the others
 * subscribe, so later changes and cancellations reach the resident's calendar: `webcal` opens Apple
 * Calendar or desktop Outlook, `google` and `outlook` the web calendars. Without an absolute origin
 * only the download link can be given.
 */
export function calendarLinks(opts: { locale: Locale; centreSlug: string; offerSlug?: string; name: string; origin?: string | null }) {
  const path = calendarPath(opts.locale, opts.centreSlug, opts.offerSlug);
  const origin = opts.origin === undefined ? siteOrigin() : opts.origin;
  if (!origin) return { download: path, webcal: null, google: null, outlook: null };
  const https = `${origin}${path}`;
  const webcal = https.replace(/^https?:/, "webcal:");
  return {
    download: https,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(opts.name)}`,
  };
}

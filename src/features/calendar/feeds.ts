// The three public feeds of a centre, from the public projection only: its calendar, one offer's
// calendar, and its meetings in the Meeting Guide format. Each answers 404 for an unknown language,
// centre or (not public, archived) offer.
import { isLocale } from "@/features/i18n/locales";
import { feedWindow, getPublicOffer, publicSessions } from "@/features/public-site/data";
import { feedCentre, meetingSchedules } from "./data";
import { buildIcs } from "./ics";
import { feedOrigin } from "./links";
import { meetingGuide } from "./meeting-guide";
import { feedWords } from "./messages";
import { feedNotFound, icsResponse, jsonFeedResponse } from "./responses";

export async function centreCalendarFeed(request: Request, params: { locale: string; centre: string }): Promise<Response> {
  const { locale, centre: slug } = params;
  if (!isLocale(locale)) return feedNotFound();
  const centre = await feedCentre(slug);
  if (!centre) return feedNotFound();
  const sessions = await publicSessions(slug, { ...feedWindow(), locale });
  const description = feedWords(locale).centreCalendar(centre.name);
  const body = buildIcs({ title: centre.name, description, centre, sessions, locale, origin: feedOrigin(request) });
  return icsResponse(body, locale === "pl" ? slug : `${slug}-${locale}`);
}

export async function offerCalendarFeed(request: Request, params: { locale: string; centre: string; slug: string }): Promise<Response> {
  const { locale, centre: centreSlug, slug } = params;
  if (!isLocale(locale)) return feedNotFound();
  const page = await getPublicOffer(centreSlug, slug, locale);
  if (!page) return feedNotFound();
  const sessions = await publicSessions(centreSlug, { ...feedWindow(), offerSlug: slug, locale });
  const title = `${page.offer.name.text} (${page.centre.shortName})`;
  const description = feedWords(locale).offerCalendar(page.offer.name.text, page.centre.name);
  const body = buildIcs({ title, description, centre: page.centre, sessions, locale, origin: feedOrigin(request) });
  return icsResponse(body, `${centreSlug}-${slug}${locale === "pl" ? "" : `-${locale}`}`);
}

export async function meetingsFeed(request: Request, params: { locale: string; centre: string }): Promise<Response> {
  const { locale, centre: slug } = params;
  if (!isLocale(locale)) return feedNotFound();
  const source = await meetingSchedules(slug, locale);
  if (!source) return feedNotFound();
  return jsonFeedResponse(meetingGuide(source, { origin: feedOrigin(request), locale }));
}

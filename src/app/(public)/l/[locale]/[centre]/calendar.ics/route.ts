// The centre's public calendar, /ops-bialoleka/calendar.ics (/uk/…, /en/…), for Google, Outlook and
// Apple calendars to subscribe to. src/proxy.ts rewrites the public address to this route.
import { centreCalendarFeed } from "@/features/calendar/feeds";

// Generated on the first request per centre and language, then served from the cache: refreshed
// hourly (the feed's window moves on) and when staff change the offer (src/server/public-cache.ts).
// force-static: a GET route handler is only cached when asked to; it also blanks the request's
// headers and query, so nothing per-visitor can end up in the cached file.
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; centre: string }> }) {
  return centreCalendarFeed(request, await params);
}

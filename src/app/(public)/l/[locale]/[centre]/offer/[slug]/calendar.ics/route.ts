// One offer's public calendar, /ops-bialoleka/offer/klub-seniora/calendar.ics (/uk/…, /en/…), for
// residents who follow one club or group. src/proxy.ts rewrites the public address to this route.
import { offerCalendarFeed } from "@/features/calendar/feeds";

// Cached like the centre's calendar (see ../../../calendar.ics/route.ts).
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; centre: string; slug: string }> }) {
  return offerCalendarFeed(request, await params);
}

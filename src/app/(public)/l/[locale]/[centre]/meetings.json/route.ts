// The centre's recurring meetings in the Meeting Guide JSON format, /ops-bialoleka/meetings.json
// (/uk/…, /en/…), for self-help meeting finders to import. src/proxy.ts rewrites the address here.
import { meetingsFeed } from "@/features/calendar/feeds";

// Cached like the centre's calendar (see ../calendar.ics/route.ts).
export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; centre: string }> }) {
  return meetingsFeed(request, await params);
}

// HTTP answers of the public feeds. Calendar apps and meeting finders poll them; the server-side
// cache (ISR, refreshed when staff change the offer) does the heavy lifting, so clients and shared
// caches keep a copy only briefly and a change reaches subscribers soon.
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";
// Public data meant to be imported elsewhere; browser-based meeting finders fetch it cross-origin.
const SHARED = { "Cache-Control": CACHE_CONTROL, "Access-Control-Allow-Origin": "*" };

const safeName = (name: string) => name.replace(/[^a-z0-9-]+/gi, "-").slice(0, 100) || "kalendarz";

export function icsResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      ...SHARED,
      "Content-Type": "text/calendar; charset=utf-8",
      // inline: a browser that knows calendars hands it over; others save it under this name.
      "Content-Disposition": `inline; filename="${safeName(filename)}.ics"`,
    },
  });
}

export function jsonFeedResponse(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { ...SHARED, "Content-Type": "application/json; charset=utf-8" } });
}

export function feedNotFound(): Response {
  return new Response("Nie znaleziono / Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}

// Public pages and feeds of a centre are statically generated on first request and cached (the
// routes under /l/[locale]/[centre], see public-path.ts). A cached route carries only its route
// pattern and its exact path as tags (next/dist/server/lib/implicit-tags.js), so refreshing one
// centre means naming its paths: every page and feed, for every offer (archived ones too, so they
// answer 404 at once), in every language. The next public request is then rendered afresh.
import { revalidatePath } from "next/cache";
import { db } from "./db";
import { PUBLIC_LOCALES } from "./public-path";

const CENTRE_ROUTES = ["", "/print", "/accessibility", "/calendar.ics", "/meetings.json"];
const OFFER_ROUTES = ["", "/calendar.ics"];

/** Every cached public path of a centre. */
export async function publicPathsOf(centreSlug: string): Promise<string[]> {
  const offers = await db.offer.findMany({ where: { centre: { slug: centreSlug } }, select: { slug: true } });
  return PUBLIC_LOCALES.flatMap((locale) => {
    const base = `/l/${locale}/${centreSlug}`;
    return [...CENTRE_ROUTES.map((r) => `${base}${r}`), ...offers.flatMap((o) => OFFER_ROUTES.map((r) => `${base}/offer/${o.slug}${r}`))];
  });
}

/** Call from a server action after a change to what residents see of a centre. */
export async function refreshPublicPages(centreSlug: string) {
  for (const path of await publicPathsOf(centreSlug)) revalidatePath(path);
}

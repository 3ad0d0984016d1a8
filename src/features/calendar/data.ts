// Public reads the feeds need beyond src/features/public-site/data.ts, built only from its public
// select objects, so no participant, staff member or volunteer can reach a feed.
import { db } from "@/server/db";
import { dbDate, localDate } from "@/server/time";
import type { Locale } from "@/features/i18n/locales";
import { currentSchedules, inLanguage, publicCentreSelect, publicOfferSelect, publicScheduleSelect, visibleOffer } from "@/features/public-site/data";

/**
 * A centre's visible offers with their current recurring schedules, for the meetings feed. The
 * schedule's id (never shown) makes the feed's slugs stable when staff edit a schedule's times.
 */
export async function meetingSchedules(centreSlug: string, locale: Locale, now = new Date()) {
  const today = dbDate(localDate(now));
  const centre = await db.centre.findUnique({
    where: { slug: centreSlug },
    select: {
      ...publicCentreSelect,
      offers: {
        where: visibleOffer,
        orderBy: [{ type: "asc" }, { name: "asc" }, { slug: "asc" }],
        select: {
          ...publicOfferSelect,
          schedules: {
            where: { ...currentSchedules(today), kind: "RECURRING" },
            orderBy: [{ startsOn: "asc" }, { id: "asc" }],
            select: { ...publicScheduleSelect, id: true, createdAt: true },
          },
        },
      },
    },
  });
  if (!centre) return null;
  return {
    ...centre,
    offers: centre.offers.map((o) => inLanguage(o, locale)),
    today,
  };
}

export type MeetingSource = NonNullable<Awaited<ReturnType<typeof meetingSchedules>>>;

/** The centre as the calendar feeds name it; null for an unknown slug. */
export async function feedCentre(slug: string) {
  return db.centre.findUnique({ where: { slug }, select: publicCentreSelect });
}

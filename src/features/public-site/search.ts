// Finding an offer across all centres: text, place, kind, weekday, time of day, audience and how to
// join, all from the URL, so a search can be shared and bookmarked and works without JavaScript.
import { cache } from "react";
import { addDays } from "date-fns";
import { z } from "zod";
import { Audience, type Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { foldForSearch } from "@/server/search-text";
import { dbDate, localDate } from "@/server/time";
import type { Locale } from "@/features/i18n/locales";
import type { OfferKindFilter } from "@/features/i18n/messages";
import { currentSchedules, inLanguage, publicCentreSelect, publicOfferSelect, publicScheduleSelect, publicVenueSelect, visibleOffer } from "./data";

export const KIND_FILTERS: OfferKindFilter[] = ["groups", "seniors", "mothers", "youth", "families", "volunteering", "kis", "programmes"];
export const TIMES_OF_DAY = { morning: [0, 12 * 60], afternoon: [12 * 60, 17 * 60], evening: [17 * 60, 24 * 60] } as const;
export const PAGE_SIZE = 20;

const oneOf = <T extends string>(values: readonly T[]) =>
  z
    .enum(values as [T, ...T[]])
    .optional()
    .catch(undefined);

/** Filters as they come in the URL; anything malformed is simply ignored. */
export const searchFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  place: z.string().trim().max(100).optional().catch(undefined),
  kind: oneOf(KIND_FILTERS),
  day: z.coerce.number().int().min(1).max(7).optional().catch(undefined),
  time: oneOf(Object.keys(TIMES_OF_DAY) as (keyof typeof TIMES_OF_DAY)[]),
  for: oneOf(Object.values(Audience)),
  join: oneOf(["OPEN", "REFERRAL"] as const),
  view: oneOf(["list", "week"] as const),
  page: z.coerce.number().int().min(1).max(500).optional().catch(undefined),
});
export type SearchFilters = z.infer<typeof searchFilters>;

export function parseFilters(params: Record<string, string | string[] | undefined>): SearchFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return searchFilters.parse(flat);
}

const KIND_WHERE: Record<OfferKindFilter, Prisma.OfferWhereInput> = {
  groups: { type: "GROUP" },
  seniors: { OR: [{ clubKind: "SENIOR_CLUB" }, { audiences: { has: "SENIORS" } }] },
  mothers: { clubKind: "MOTHERS_CLUB" },
  youth: { OR: [{ clubKind: "YOUTH_CLUB" }, { audiences: { has: "CHILDREN_YOUTH" } }] },
  families: { OR: [{ clubKind: "FAMILY_CLUB" }, { audiences: { has: "FAMILIES" } }] },
  volunteering: { clubKind: "VOLUNTEER_CLUB" },
  kis: { clubKind: "KIS" },
  programmes: { type: "PROGRAMME" },
};

/** The centres with their names and places folded for matching; read once per request. */
const foldedCentres = cache(async () => {
  const centres = await db.centre.findMany({ select: { id: true, city: true, district: true, municipality: true, name: true } });
  return centres.map((c) => ({ id: c.id, place: foldForSearch(c.city, c.district, c.municipality, c.name), name: foldForSearch(c.name) }));
});

/** Centres whose town, district or municipality matches, ignoring case and diacritics. */
async function centresInPlace(place: string): Promise<string[]> {
  const wanted = foldForSearch(place);
  return (await foldedCentres()).filter((c) => c.place.includes(wanted)).map((c) => c.id);
}

/**
 * Text matches an offer's own words, or the name of its centre. The centres are matched here, not
 * in SQL: an OR on a joined column would keep PostgreSQL from the trigram index on searchText.
 */
async function textWhere(q: string): Promise<Prisma.OfferWhereInput> {
  const wanted = foldForSearch(q);
  const centreIds = (await foldedCentres()).filter((c) => c.name.includes(wanted)).map((c) => c.id);
  const own = { searchText: { contains: wanted } };
  return centreIds.length ? { OR: [own, { centreId: { in: centreIds } }] } : own;
}

async function offerWhere(f: SearchFilters): Promise<Prisma.OfferWhereInput> {
  const today = dbDate(localDate(new Date()));
  const and: Prisma.OfferWhereInput[] = [visibleOffer];
  if (f.q) and.push(await textWhere(f.q));
  if (f.place) and.push({ centreId: { in: await centresInPlace(f.place) } });
  if (f.kind) and.push(KIND_WHERE[f.kind]);
  if (f.for) and.push({ audiences: { has: f.for } });
  if (f.join) and.push({ joinMode: f.join });
  if (f.day || f.time) {
    const [from, to] = f.time ? TIMES_OF_DAY[f.time] : [0, 24 * 60];
    and.push({
      schedules: {
        some: {
          ...currentSchedules(today),
          kind: "RECURRING",
          ...(f.day ? { weekdays: { has: f.day } } : {}),
          ...(f.time ? { startMinute: { gte: from, lt: to } } : {}),
        },
      },
    });
  }
  return { AND: and };
}

/** A page of matching offers, each with its centre and current schedules. */
export async function searchOffers(f: SearchFilters, locale: Locale) {
  const where = await offerWhere(f);
  const today = dbDate(localDate(new Date()));
  const page = f.page ?? 1;
  const [total, offers] = await Promise.all([
    db.offer.count({ where }),
    db.offer.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        ...publicOfferSelect,
        centre: { select: { slug: true, name: true, shortName: true, city: true, district: true } },
        schedules: { where: currentSchedules(today), orderBy: { startsOn: "asc" }, select: publicScheduleSelect },
      },
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), offers: offers.map((o) => inLanguage(o, locale)) };
}

/** The next sessions of matching offers across all centres (for the week view and "next meetings"). */
export async function upcomingSessions(f: SearchFilters, locale: Locale, opts: { days: number; take: number }) {
  const now = new Date();
  const sessions = await db.session.findMany({
    where: { startsAt: { gte: now, lt: addDays(now, opts.days) }, offer: await offerWhere(f) },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: opts.take,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      cancelReason: true,
      movedFrom: true,
      topic: true,
      venue: { select: publicVenueSelect },
      centre: { select: { slug: publicCentreSelect.slug, shortName: true, timeZone: true } },
      offer: {
        select: {
          slug: true,
          name: true,
          audience: true,
          description: true,
          howToJoin: true,
          translations: publicOfferSelect.translations,
          defaultVenue: { select: publicVenueSelect },
        },
      },
    },
  });
  return sessions.map(({ offer, ...s }) => ({ ...s, venue: s.venue ?? offer.defaultVenue, offer: inLanguage(offer, locale) }));
}

export type SearchResult = Awaited<ReturnType<typeof searchOffers>>["offers"][number];
export type UpcomingSession = Awaited<ReturnType<typeof upcomingSessions>>[number];

/** The URL of a search with some filters changed (null removes one); the page resets to 1. */
export function searchHref(base: string, f: SearchFilters, change: Partial<Record<keyof SearchFilters, string | number | null>>) {
  const params = new URLSearchParams();
  const merged = { ...f, page: undefined, ...change };
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

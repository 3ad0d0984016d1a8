// The public projection: what residents may see of a centre, its offer and its sessions, selected
// field by field, so nothing else (no participant, no staff member, no volunteer) can ever reach a
// public page or feed. Texts come in the resident's language where the centre translated them.
import { addDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { dbDate, localDate } from "@/server/time";
import type { Locale } from "@/features/i18n/locales";
import { openingHours as openingHoursSchema } from "@/features/centres/schema";

export const publicVenueSelect = {
  name: true,
  street: true,
  postalCode: true,
  city: true,
  district: true,
  stepFreeEntrance: true,
  lift: true,
  accessibleToilet: true,
  accessibilityNotes: true,
} satisfies Prisma.VenueSelect;

export const publicCentreSelect = {
  slug: true,
  kind: true,
  name: true,
  shortName: true,
  municipality: true,
  district: true,
  street: true,
  postalCode: true,
  city: true,
  phone: true,
  email: true,
  website: true,
  openingHours: true,
  timeZone: true,
} satisfies Prisma.CentreSelect;

/** Schedules still in force on a day: not archived, not ended. */
export function currentSchedules(today: Date) {
  return { archivedAt: null, OR: [{ endsOn: null }, { endsOn: { gte: today } }] } satisfies Prisma.ScheduleWhereInput;
}

export const publicScheduleSelect = {
  kind: true,
  rrule: true,
  startTime: true,
  endTime: true,
  note: true,
  startsOn: true,
  endsOn: true,
  venue: { select: publicVenueSelect },
} satisfies Prisma.ScheduleSelect;

export const publicOfferSelect = {
  slug: true,
  type: true,
  clubKind: true,
  programmeKind: true,
  name: true,
  audience: true,
  audiences: true,
  description: true,
  joinMode: true,
  howToJoin: true,
  contactPhone: true,
  contactEmail: true,
  topic: true,
  facilitator: true,
  goals: true,
  targetGroup: true,
  area: true,
  startsOn: true,
  endsOn: true,
  partners: true,
  specialists: true,
  activities: true,
  updatedAt: true,
  defaultVenue: { select: publicVenueSelect },
  translations: { select: { locale: true, name: true, audience: true, description: true, howToJoin: true } },
} satisfies Prisma.OfferSelect;

/** A public offer is shown when published and not archived. */
export const visibleOffer = { isPublic: true, archivedAt: null } satisfies Prisma.OfferWhereInput;

type Translatable = {
  name: string;
  audience: string | null;
  description: string | null;
  howToJoin: string | null;
  translations: { locale: string; name: string; audience: string | null; description: string | null; howToJoin: string | null }[];
};

/**
 * The offer's texts in the resident's language; each field falls back to the centre's Polish.
 * `lang` says which language a text is in, for the lang attribute.
 */
export function inLanguage<T extends Translatable>(offer: T, locale: Locale) {
  const { translations, ...rest } = offer;
  const t = translations.find((x) => x.locale === locale);
  const pick = (own: string | null | undefined, polish: string | null) => (own ? { text: own, lang: locale } : { text: polish, lang: "pl" as const });
  return {
    ...rest,
    name: pick(t?.name, offer.name) as { text: string; lang: string },
    audience: pick(t?.audience, offer.audience),
    description: pick(t?.description, offer.description),
    howToJoin: pick(t?.howToJoin, offer.howToJoin),
  };
}

export async function listPublicCentres() {
  return db.centre.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, shortName: true, kind: true, city: true, district: true, municipality: true },
  });
}

export async function countPublicCentres() {
  return db.centre.count();
}

/** A centre's public page: contact, opening hours, offer with current schedules. */
export async function getPublicCentre(slug: string, locale: Locale) {
  const today = dbDate(localDate(new Date()));
  const centre = await db.centre.findUnique({
    where: { slug },
    select: {
      ...publicCentreSelect,
      offers: {
        where: visibleOffer,
        orderBy: [{ type: "asc" }, { name: "asc" }],
        select: { ...publicOfferSelect, schedules: { where: currentSchedules(today), orderBy: { startsOn: "asc" }, select: publicScheduleSelect } },
      },
    },
  });
  if (!centre) return null;
  return {
    ...centre,
    openingHours: openingHoursSchema.catch([]).parse(centre.openingHours),
    offers: centre.offers.map((o) => inLanguage(o, locale)),
  };
}

/** One offer's public page, with the programme it belongs to and the groups inside it. */
export async function getPublicOffer(centreSlug: string, offerSlug: string, locale: Locale) {
  const today = dbDate(localDate(new Date()));
  const offer = await db.offer.findFirst({
    where: { slug: offerSlug, centre: { slug: centreSlug }, ...visibleOffer },
    select: {
      ...publicOfferSelect,
      centre: { select: publicCentreSelect },
      schedules: { where: currentSchedules(today), orderBy: { startsOn: "asc" }, select: publicScheduleSelect },
      parent: { select: { slug: true, name: true, isPublic: true, archivedAt: true, translations: { select: { locale: true, name: true } } } },
      children: { where: visibleOffer, orderBy: { name: "asc" }, select: { slug: true, name: true, translations: { select: { locale: true, name: true } } } },
    },
  });
  if (!offer) return null;
  const nameIn = (o: { name: string; translations: { locale: string; name: string }[] }) => o.translations.find((t) => t.locale === locale)?.name ?? o.name;
  const { centre, parent, children, ...rest } = offer;
  return {
    centre: { ...centre, openingHours: openingHoursSchema.catch([]).parse(centre.openingHours) },
    offer: inLanguage(rest, locale),
    parent: parent && parent.isPublic && !parent.archivedAt ? { slug: parent.slug, name: nameIn(parent) } : null,
    children: children.map((c) => ({ slug: c.slug, name: nameIn(c) })),
  };
}

export type PublicCentre = NonNullable<Awaited<ReturnType<typeof getPublicCentre>>>;
export type PublicOffer = PublicCentre["offers"][number];
export type PublicOfferPage = NonNullable<Awaited<ReturnType<typeof getPublicOffer>>>;
export type PublicVenue = Prisma.VenueGetPayload<{ select: typeof publicVenueSelect }>;

/**
 * Sessions residents may see: of visible offers, in [from, until), cancelled ones included (with
 * their public reason) so calendars and pages can say so.
 */
export async function publicSessions(centreSlug: string, opts: { from: Date; until: Date; offerSlug?: string; locale: Locale; take?: number }) {
  const sessions = await db.session.findMany({
    where: {
      centre: { slug: centreSlug },
      startsAt: { gte: opts.from, lt: opts.until },
      offer: { ...visibleOffer, ...(opts.offerSlug ? { slug: opts.offerSlug } : {}) },
    },
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
      kind: true,
      createdAt: true,
      updatedAt: true,
      venue: { select: publicVenueSelect },
      offer: {
        select: {
          slug: true,
          type: true,
          clubKind: true,
          name: true,
          audience: true,
          description: true,
          howToJoin: true,
          joinMode: true,
          defaultVenue: { select: publicVenueSelect },
          translations: { select: { locale: true, name: true, audience: true, description: true, howToJoin: true } },
        },
      },
    },
  });
  return sessions.map(({ offer, ...s }) => ({ ...s, venue: s.venue ?? offer.defaultVenue, offer: inLanguage(offer, opts.locale) }));
}

export type PublicSession = Awaited<ReturnType<typeof publicSessions>>[number];

/** Default window of public calendars: a month back, the sessions' horizon ahead. */
export function feedWindow(now = new Date()) {
  return { from: addDays(now, -30), until: addDays(now, 12 * 7) };
}

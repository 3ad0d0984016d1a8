import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale, LOCALES, localePath, type Locale } from "@/features/i18n/locales";
import { messages } from "@/features/i18n/messages";
import { publicCentre } from "@/features/public-site/cached";
import { CentreFooter } from "@/features/public-site/components/centre-footer";
import { OfferCard } from "@/features/public-site/components/offer-card";
import { OpeningHours } from "@/features/public-site/components/opening-hours";
import { SessionList } from "@/features/public-site/components/session-list";
import { CalendarLinks } from "@/features/public-site/components/calendar-links";
import { publicSessions, type PublicOffer } from "@/features/public-site/data";
import { weekRange } from "@/server/time";

type Props = { params: Promise<{ locale: string; centre: string }> };

// Rendered on first request and cached; refreshed when staff change the offer (public-cache.ts),
// and hourly so that "this week" moves on.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, centre: slug } = await params;
  if (!isLocale(locale)) return {};
  const centre = await publicCentre(slug, locale);
  return {
    title: centre?.name ?? messages(locale).notFound.title,
    alternates: {
      canonical: localePath(locale, `/${slug}`),
      languages: Object.fromEntries(LOCALES.map((l) => [l, localePath(l, `/${slug}`)])),
      // Meeting finders discover the Meeting Guide feed from here.
      types: { "application/json": [{ url: localePath(locale, `/${slug}/meetings.json`), title: "Meetings Feed" }] },
    },
  };
}

export default async function CentrePage({ params }: Props) {
  const { locale: lang, centre: slug } = await params;
  if (!isLocale(lang)) notFound();
  const locale: Locale = lang;
  const centre = await publicCentre(slug, locale);
  if (!centre) notFound();
  const t = messages(locale);
  const week = weekRange(new Date(), 0, centre.timeZone);
  const sessions = await publicSessions(slug, { from: week.start, until: week.end, locale });
  const groups = new Map<PublicOffer["type"], PublicOffer[]>();
  for (const offer of centre.offers) groups.set(offer.type, [...(groups.get(offer.type) ?? []), offer]);
  return (
    <>
      <div lang="pl">
        <PageHeader title={centre.name} caption={t.centreKinds[centre.kind]} />
      </div>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="contact">
          <h2 id="contact" className="mb-2 text-2xl font-bold">
            {t.centre.contact}
          </h2>
          <address className="not-italic" lang="pl">
            {centre.street}
            <br />
            {centre.postalCode} {centre.city}
          </address>
          {centre.phone ? (
            <p>
              {t.centre.phone}{" "}
              <a href={`tel:${centre.phone.replace(/[^\d+]/g, "")}`} className="text-blue-800 underline">
                {centre.phone}
              </a>
            </p>
          ) : null}
          {centre.email ? (
            <p>
              <a href={`mailto:${centre.email}`} className="text-blue-800 underline">
                {centre.email}
              </a>
            </p>
          ) : null}
          {centre.website ? (
            <p>
              <a href={centre.website} className="text-blue-800 underline" rel="noopener">
                {centre.website.replace(/^https?:\/\//, "")}
              </a>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="hours">
          <h2 id="hours" className="mb-2 text-2xl font-bold">
            {t.centre.openingHours}
          </h2>
          <OpeningHours hours={centre.openingHours} t={t} />
        </section>
      </div>

      <section aria-labelledby="this-week" className="mt-10">
        <h2 id="this-week" className="mb-2 text-2xl font-bold">
          {t.centre.thisWeek}
        </h2>
        {sessions.length ? (
          <SessionList sessions={sessions} centreSlug={slug} timeZone={centre.timeZone} locale={locale} t={t} />
        ) : (
          <p>{t.centre.nothingThisWeek}</p>
        )}
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={localePath(locale, `/${slug}/print`)} className="text-blue-800 underline">
              {t.centre.printWeek}
            </Link>
          </li>
        </ul>
        <h3 className="mt-4 text-xl font-semibold">{t.centre.calendar}</h3>
        <p className="text-slate-700">{t.centre.calendarHint}</p>
        <CalendarLinks locale={locale} centreSlug={slug} name={centre.shortName} t={t} />
      </section>

      <h2 className="mt-10 text-2xl font-bold">{t.centre.offer}</h2>
      {centre.offers.length === 0 ? <p className="mt-2">{t.centre.noOffer}</p> : null}
      {[...groups].map(([type, offers]) => (
        <section key={type} aria-labelledby={`offers-${type}`} className="mt-6">
          <h3 id={`offers-${type}`} className="mb-2 text-xl font-semibold text-slate-800">
            {t.offerTypes[type]}
          </h3>
          {offers.map((offer) => (
            <OfferCard key={offer.slug} offer={offer} centre={centre} locale={locale} t={t} headingLevel={4} />
          ))}
        </section>
      ))}
      <CentreFooter centre={centre} locale={locale} t={t} />
    </>
  );
}

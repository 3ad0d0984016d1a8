import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale, LOCALES, localePath, type Locale } from "@/features/i18n/locales";
import { messages } from "@/features/i18n/messages";
import { OfferCard } from "@/features/public-site/components/offer-card";
import { SearchForm } from "@/features/public-site/components/search-form";
import { SessionList } from "@/features/public-site/components/session-list";
import { CentreList } from "@/features/public-site/components/centre-list";
import { countPublicCentres, listPublicCentres } from "@/features/public-site/data";
import { parseFilters, searchHref, searchOffers, upcomingSessions } from "@/features/public-site/search";
import { ZONE } from "@/server/time";

// Every search is different: rendered per request (the centre and offer pages are the cached ones).
export const dynamic = "force-dynamic";

const CENTRES_ON_SEARCH_PAGE = 24;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return {
    title: messages(locale).search.heading,
    alternates: { canonical: localePath(locale, "/"), languages: Object.fromEntries(LOCALES.map((l) => [l, localePath(l, "/")])) },
  };
}

/** Finding what is on across all centres: per request, since every search is different. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale: lang } = await params;
  if (!isLocale(lang)) notFound();
  const locale: Locale = lang;
  const t = messages(locale);
  const filters = parseFilters(await searchParams);
  const base = localePath(locale, "/");
  const week = filters.view === "week";
  const centreCount = await countPublicCentres();
  const [results, upcoming, centres] = await Promise.all([
    week ? null : searchOffers(filters, locale),
    upcomingSessions(filters, locale, week ? { days: 7, take: 300 } : { days: 14, take: 8 }),
    // A few centres are listed here; hundreds would weigh down every search (see bench/README.md).
    centreCount <= CENTRES_ON_SEARCH_PAGE ? listPublicCentres() : [],
  ]);
  const view = (name: "list" | "week", label: string) => (
    <Link
      href={searchHref(base, filters, { view: name === "list" ? null : name })}
      aria-current={(week ? "week" : "list") === name ? "page" : undefined}
      className="text-blue-800 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader title={t.home.title}>
        <p>{t.home.intro}</p>
      </PageHeader>
      <h2 className="mb-3 text-2xl font-bold">{t.search.heading}</h2>
      <SearchForm filters={filters} action={base} t={t} />

      <section aria-labelledby="results" className="mt-8">
        <h2 id="results" className="text-2xl font-bold">
          {t.search.results}
        </h2>
        <nav aria-label={t.search.view} className="mt-2 flex gap-4">
          <span className="font-semibold">{t.search.view}:</span>
          {view("list", t.search.listView)}
          {view("week", t.search.weekView)}
        </nav>

        {results ? (
          <>
            <p className="mt-3 text-lg" role="status">
              {results.total ? t.search.found(results.total) : t.search.noResults}
            </p>
            {results.offers.map((offer) => (
              <OfferCard key={`${offer.centre.slug}/${offer.slug}`} offer={offer} centre={offer.centre} locale={locale} t={t} />
            ))}
            {results.pages > 1 ? (
              <nav aria-label={t.search.pageOf(results.page, results.pages)} className="mt-4 flex flex-wrap items-center gap-6">
                {results.page > 1 ? (
                  <Link href={searchHref(base, filters, { page: results.page - 1 })} className="text-blue-800 underline">
                    ← {t.search.previousPage}
                  </Link>
                ) : null}
                <span>{t.search.pageOf(results.page, results.pages)}</span>
                {results.page < results.pages ? (
                  <Link href={searchHref(base, filters, { page: results.page + 1 })} className="text-blue-800 underline">
                    {t.search.nextPage} →
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        ) : (
          <div className="mt-4">
            {upcoming.length ? <SessionList sessions={upcoming} timeZone={ZONE} locale={locale} t={t} /> : <p role="status">{t.search.noMeetings}</p>}
          </div>
        )}
      </section>

      {results ? (
        <section aria-labelledby="next" className="mt-10">
          <h2 id="next" className="mb-2 text-2xl font-bold">
            {t.search.nextMeetings}
          </h2>
          {upcoming.length ? <SessionList sessions={upcoming} timeZone={ZONE} locale={locale} t={t} /> : <p>{t.search.noMeetings}</p>}
        </section>
      ) : null}

      <section aria-labelledby="centres" className="mt-10">
        <h2 id="centres" className="mb-4 text-2xl font-bold">
          {t.home.centres}
        </h2>
        {centres.length ? <CentreList centres={centres} locale={locale} t={t} /> : null}
        <p className="mt-4">
          <Link href={localePath(locale, "/centres")} className="text-blue-800 underline">
            {t.home.allCentres} ({centreCount})
          </Link>
        </p>
      </section>
    </>
  );
}

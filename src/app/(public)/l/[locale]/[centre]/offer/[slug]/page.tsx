import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addDays } from "date-fns";
import { formatCalendarDate } from "@/components/ui/format";
import { isLocale, LOCALES, localePath, type Locale } from "@/features/i18n/locales";
import { messages } from "@/features/i18n/messages";
import { ContactForm } from "@/features/inbox/components/contact-form";
import { JsonLdScript } from "@/features/calendar/components/json-ld-script";
import { offerJsonLd } from "@/features/calendar/json-ld";
import { offerPageUrl, siteOrigin } from "@/features/calendar/links";
import { CalendarLinks } from "@/features/public-site/components/calendar-links";
import { publicOffer } from "@/features/public-site/cached";
import { CentreFooter } from "@/features/public-site/components/centre-footer";
import { offerKindLabel } from "@/features/public-site/components/offer-kind";
import { SessionDates } from "@/features/public-site/components/session-list";
import { VenueDetails, venueLine } from "@/features/public-site/components/venue-details";
import { publicSessions, type PublicVenue } from "@/features/public-site/data";
import { describeSchedule } from "@/features/schedules/describe";

type Props = { params: Promise<{ locale: string; centre: string; slug: string }> };

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, centre, slug } = await params;
  if (!isLocale(locale)) return {};
  const page = await publicOffer(centre, slug, locale);
  const path = `/${centre}/offer/${slug}`;
  return {
    title: page ? `${page.offer.name.text} · ${page.centre.shortName}` : messages(locale).notFound.title,
    description: page?.offer.description.text ?? undefined,
    alternates: { canonical: localePath(locale, path), languages: Object.fromEntries(LOCALES.map((l) => [l, localePath(l, path)])) },
  };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-2 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function OfferPage({ params }: Props) {
  const { locale: lang, centre: centreSlug, slug } = await params;
  if (!isLocale(lang)) notFound();
  const locale: Locale = lang;
  const page = await publicOffer(centreSlug, slug, locale);
  if (!page) notFound();
  const { centre, offer, parent, children } = page;
  const t = messages(locale);
  const now = new Date();
  const sessions = await publicSessions(centreSlug, { offerSlug: slug, from: now, until: addDays(now, 8 * 7), locale, take: 8 });
  const venues = [offer.defaultVenue, ...offer.schedules.map((s) => s.venue)].filter((v): v is PublicVenue => Boolean(v));
  const distinctVenues = [...new Map(venues.map((v) => [venueLine(v), v])).values()];
  const phone = offer.contactPhone ?? centre.phone;
  const email = offer.contactEmail ?? centre.email;
  const isProgramme = offer.type === "PROGRAMME";
  const origin = siteOrigin();

  return (
    <>
      <div className="mb-8">
        <p className="text-lg text-slate-700">
          {offerKindLabel(offer, t)} ·{" "}
          <Link href={localePath(locale, `/${centreSlug}`)} className="text-blue-800 underline" lang="pl">
            {centre.shortName}
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl" lang={offer.name.lang}>
          {offer.name.text}
        </h1>
        {parent ? (
          <p className="mt-2">
            {t.offer.partOf}:{" "}
            <Link href={localePath(locale, `/${centreSlug}/offer/${parent.slug}`)} className="text-blue-800 underline">
              {parent.name}
            </Link>
          </p>
        ) : null}
      </div>

      {offer.audience.text || offer.audiences.length ? (
        <Section id="for-whom" title={t.offer.forWhom}>
          {offer.audience.text ? <p lang={offer.audience.lang}>{offer.audience.text}</p> : null}
          {offer.audiences.length ? <p className="text-slate-700">{offer.audiences.map((a) => t.audiences[a]).join(", ")}</p> : null}
        </Section>
      ) : null}

      {offer.description.text || offer.topic || offer.facilitator ? (
        <Section id="what" title={t.offer.what}>
          {offer.description.text ? <p lang={offer.description.lang}>{offer.description.text}</p> : null}
          {offer.topic ? <p lang="pl">{offer.topic}</p> : null}
          {offer.facilitator ? <p lang="pl">{offer.facilitator}</p> : null}
        </Section>
      ) : null}

      {isProgramme && (offer.goals || offer.partners.length || offer.specialists.length || offer.activities || offer.startsOn) ? (
        <Section id="programme" title={t.offer.programme}>
          <dl className="space-y-2" lang="pl">
            {offer.goals ? <Item term={t.offer.goals} value={offer.goals} /> : null}
            {offer.targetGroup ? <Item term={t.offer.targetGroup} value={offer.targetGroup} /> : null}
            {offer.area ? <Item term={t.offer.area} value={offer.area} /> : null}
            {offer.activities ? <Item term={t.offer.activities} value={offer.activities} /> : null}
            {offer.startsOn ? (
              <Item
                term={t.offer.period}
                value={`${formatCalendarDate(offer.startsOn, locale)}${offer.endsOn ? ` – ${formatCalendarDate(offer.endsOn, locale)}` : ""}`}
              />
            ) : null}
            {offer.partners.length ? <Item term={t.offer.partners} value={offer.partners.join(", ")} /> : null}
            {offer.specialists.length ? <Item term={t.offer.specialists} value={offer.specialists.join(", ")} /> : null}
          </dl>
          {children.length ? (
            <ul className="mt-3 list-disc pl-6">
              {children.map((c) => (
                <li key={c.slug}>
                  <Link href={localePath(locale, `/${centreSlug}/offer/${c.slug}`)} className="text-blue-800 underline">
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </Section>
      ) : null}

      <Section id="when" title={t.offer.when}>
        {offer.schedules.length ? (
          <ul className="list-disc pl-6">
            {offer.schedules.map((s, i) => (
              <li key={i}>
                {describeSchedule(s, locale)}
                {s.endsOn ? ` (${formatCalendarDate(s.startsOn, locale)} – ${formatCalendarDate(s.endsOn, locale)})` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.offer.irregular}</p>
        )}
        <h3 className="mt-4 text-xl font-semibold">{t.offer.nextDates}</h3>
        {sessions.length ? (
          <SessionDates
            sessions={sessions}
            usualVenue={distinctVenues.length === 1 ? venueLine(distinctVenues[0]) : null}
            timeZone={centre.timeZone}
            locale={locale}
            t={t}
          />
        ) : (
          <p>{t.offer.noDates}</p>
        )}
        <h3 className="mt-4 text-xl font-semibold">{t.offer.addToCalendar}</h3>
        <CalendarLinks locale={locale} centreSlug={centreSlug} offerSlug={slug} name={offer.name.text} t={t} />
      </Section>

      {distinctVenues.length ? (
        <Section id="where" title={t.offer.where}>
          <div className="space-y-3">
            {distinctVenues.map((v) => (
              <VenueDetails key={venueLine(v)} venue={v} t={t} />
            ))}
          </div>
        </Section>
      ) : null}

      <Section id="join" title={t.offer.howToJoin}>
        <p lang={offer.howToJoin.text ? offer.howToJoin.lang : undefined}>
          {offer.howToJoin.text ?? (offer.joinMode === "OPEN" ? t.offer.joinOpen : t.offer.joinReferral)}
        </p>
        {phone || email ? (
          <p className="mt-2">
            {t.offer.contact}:{" "}
            {phone ? (
              <a href={`tel:${phone.replace(/[^\d+]/g, "")}`} className="text-blue-800 underline">
                {phone}
              </a>
            ) : null}
            {phone && email ? ", " : null}
            {email ? (
              <a href={`mailto:${email}`} className="text-blue-800 underline">
                {email}
              </a>
            ) : null}
          </p>
        ) : null}
      </Section>

      {origin ? <JsonLdScript data={offerJsonLd({ page, sessions, locale, url: offerPageUrl(origin, locale, centreSlug, slug) })} /> : null}
      <ContactForm locale={locale} />
      <CentreFooter centre={centre} locale={locale} t={t} />
    </>
  );
}

function Item({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="font-semibold">{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

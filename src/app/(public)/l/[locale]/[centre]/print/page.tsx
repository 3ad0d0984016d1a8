import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDayHeading, formatDayMonth, formatTimeRange } from "@/components/ui/format";
import { PrintButton } from "@/components/ui/print-button";
import { isLocale, type Locale } from "@/features/i18n/locales";
import { messages } from "@/features/i18n/messages";
import { publicCentre } from "@/features/public-site/cached";
import { venueLine } from "@/features/public-site/components/venue-details";
import { publicSessions } from "@/features/public-site/data";
import { localDate, weekRange } from "@/server/time";

type Props = { params: Promise<{ locale: string; centre: string }> };

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, centre } = await params;
  if (!isLocale(locale)) return {};
  const c = await publicCentre(centre, locale);
  return { title: c ? `${messages(locale).print.title} · ${c.shortName}` : undefined, robots: { index: false } };
}

/** This week's meetings on one A4 sheet, for the notice board (the print stylesheet is in globals.css). */
export default async function PrintWeekPage({ params }: Props) {
  const { locale: lang, centre: slug } = await params;
  if (!isLocale(lang)) notFound();
  const locale: Locale = lang;
  const centre = await publicCentre(slug, locale);
  if (!centre) notFound();
  const t = messages(locale);
  const week = weekRange(new Date(), 0, centre.timeZone);
  const sessions = await publicSessions(slug, { from: week.start, until: week.end, locale });
  const days = new Map<string, typeof sessions>();
  for (const s of sessions) {
    const day = localDate(s.startsAt, centre.timeZone);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  const lastDay = new Date(week.end.getTime() - 1);
  return (
    <div className="text-[11pt]">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">
            {t.print.title}: {formatDayMonth(week.start, centre.timeZone, locale)} – {formatDayMonth(lastDay, centre.timeZone, locale)}
          </h1>
          <p lang="pl">
            {centre.name}, {centre.street}, {centre.postalCode} {centre.city}
            {centre.phone ? `, ${t.centre.phone} ${centre.phone}` : ""}
          </p>
        </div>
        <PrintButton label={t.print.printButton} />
      </div>
      {sessions.length === 0 ? <p>{t.centre.nothingThisWeek}</p> : null}
      {[...days].map(([day, list]) => (
        <section key={day} aria-labelledby={`day-${day}`} className="mb-3 break-inside-avoid">
          <h2 id={`day-${day}`} className="border-b-2 border-black text-lg font-bold first-letter:uppercase">
            {formatDayHeading(list[0].startsAt, centre.timeZone, locale)}
          </h2>
          <table className="w-full text-left">
            <caption className="sr-only">{formatDayHeading(list[0].startsAt, centre.timeZone, locale)}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">{t.offer.when}</th>
                <th scope="col">{t.offer.what}</th>
                <th scope="col">{t.offer.where}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id} className="border-b border-slate-300 align-top">
                  <td className="w-28 py-1 pr-3 font-semibold tabular-nums">{formatTimeRange(s.startsAt, s.endsAt, centre.timeZone)}</td>
                  <td className="py-1 pr-3">
                    <span lang={s.offer.name.lang} className={s.status === "CANCELLED" ? "line-through" : undefined}>
                      {s.offer.name.text}
                    </span>
                    {s.topic ? <span lang="pl">: {s.topic}</span> : null}
                    {s.status === "CANCELLED" ? (
                      <strong>
                        {" "}
                        – {t.offer.cancelled}
                        {s.cancelReason ? <span lang="pl">: {s.cancelReason}</span> : null}
                      </strong>
                    ) : null}
                  </td>
                  <td className="py-1" lang="pl">
                    {s.venue ? venueLine(s.venue) : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

import Link from "next/link";
import { formatDateTime, formatDayHeading, formatTimeRange, isoInstant } from "@/components/ui/format";
import { localePath, type Locale } from "@/features/i18n/locales";
import type { Messages } from "@/features/i18n/messages";
import { localDate } from "@/server/time";
import type { PublicVenue } from "../data";
import { venueLine } from "./venue-details";

export type ListedSession = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: "PLANNED" | "HELD" | "CANCELLED";
  cancelReason: string | null;
  movedFrom: Date | null;
  topic: string | null;
  venue: PublicVenue | null;
  offer: { slug: string; name: { text: string; lang: string } };
  centre?: { slug: string; shortName: string };
};

/** Sessions day by day: time, what, where; a cancelled one says so with its reason, a moved one says from when. */
export function SessionList({
  sessions,
  centreSlug,
  timeZone,
  locale,
  t,
  headingLevel = 3,
}: {
  sessions: ListedSession[];
  centreSlug?: string;
  timeZone: string;
  locale: Locale;
  t: Messages;
  headingLevel?: 3 | 4;
}) {
  const days = new Map<string, ListedSession[]>();
  for (const s of sessions) {
    const day = localDate(s.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <div>
      {[...days].map(([day, list]) => (
        <div key={day} className="mb-5 break-inside-avoid">
          <Heading className="border-b-2 border-slate-300 pb-1 text-lg font-bold first-letter:uppercase">
            {formatDayHeading(list[0].startsAt, timeZone, locale)}
          </Heading>
          <ul className="mt-2 space-y-3">
            {list.map((s) => {
              const cancelled = s.status === "CANCELLED";
              const slug = s.centre?.slug ?? centreSlug;
              return (
                <li key={s.id}>
                  <time dateTime={isoInstant(s.startsAt)} className={`font-semibold tabular-nums ${cancelled ? "line-through" : ""}`}>
                    {formatTimeRange(s.startsAt, s.endsAt, timeZone)}
                  </time>{" "}
                  <Link href={localePath(locale, `/${slug}/offer/${s.offer.slug}`)} lang={s.offer.name.lang} className="text-blue-800 underline">
                    {s.offer.name.text}
                  </Link>
                  {s.topic ? <span lang="pl">: {s.topic}</span> : null}
                  {s.centre ? <span className="text-slate-700"> · {s.centre.shortName}</span> : null}
                  {cancelled ? (
                    <strong className="ml-2 text-red-800">
                      {t.offer.cancelled}
                      {s.cancelReason ? (
                        <>
                          : <span lang="pl">{s.cancelReason}</span>
                        </>
                      ) : null}
                    </strong>
                  ) : null}
                  {s.movedFrom && !cancelled ? (
                    <span className="ml-2 font-semibold text-amber-900">
                      ({t.offer.movedFrom} {formatDateTime(s.movedFrom, timeZone, locale)})
                    </span>
                  ) : null}
                  {s.venue ? (
                    <>
                      <br />
                      <span className="text-slate-700" lang="pl">
                        {venueLine(s.venue)}
                      </span>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * An offer's own next dates, one line each: "poniedziałek, 23 listopada, 16:30–18:00"; the venue is
 * named only where it differs from the usual one.
 */
export function SessionDates({
  sessions,
  usualVenue,
  timeZone,
  locale,
  t,
}: {
  sessions: ListedSession[];
  usualVenue: string | null;
  timeZone: string;
  locale: Locale;
  t: Messages;
}) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {sessions.map((s) => {
        const cancelled = s.status === "CANCELLED";
        const venue = s.venue ? venueLine(s.venue) : null;
        return (
          <li key={s.id}>
            <time dateTime={isoInstant(s.startsAt)} className={cancelled ? "line-through" : undefined}>
              <span className="inline-block first-letter:uppercase">{formatDayHeading(s.startsAt, timeZone, locale)}</span>,{" "}
              {formatTimeRange(s.startsAt, s.endsAt, timeZone)}
            </time>
            {s.topic ? <span lang="pl"> – {s.topic}</span> : null}
            {cancelled ? (
              <strong className="ml-2 text-red-800">
                {t.offer.cancelled}
                {s.cancelReason ? <span lang="pl">: {s.cancelReason}</span> : null}
              </strong>
            ) : null}
            {s.movedFrom && !cancelled ? (
              <span className="ml-2 font-semibold text-amber-900">
                ({t.offer.movedFrom} {formatDateTime(s.movedFrom, timeZone, locale)})
              </span>
            ) : null}
            {venue && venue !== usualVenue ? (
              <span className="block text-slate-700" lang="pl">
                {venue}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

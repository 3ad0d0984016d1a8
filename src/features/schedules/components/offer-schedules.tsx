// The "Harmonogram" and "Najbliższe spotkania" sections at the bottom of a staff offer page: when
// the offer meets, and its concrete sessions of the coming weeks, with the ways to change them.
import { ACTION_LINK_CLASS } from "@/components/ui/links";
import Link from "next/link";
import { formatCalendarDate, formatDateTime, formatDayHeading, formatTimeRange, isoInstant } from "@/components/ui/format";
import type { AuthorisedCentre } from "@/server/tenant";
import { describeSchedule } from "../describe";
import { schedulesPolicy } from "../policy";
import { getScheduledOffer, listOfferSchedules, UPCOMING_WEEKS, upcomingSessions, type StaffSession } from "../staff-data";

const button = ACTION_LINK_CLASS;
const link = "text-blue-800 underline";

const place = (venue: { name: string; street: string } | null) => (venue ? `${venue.name}, ${venue.street}` : "Miejsce do ustalenia");

export async function OfferSchedules({ centre, offerId }: { centre: AuthorisedCentre; offerId: string }) {
  const [offer, schedules, sessions] = await Promise.all([
    getScheduledOffer(centre, offerId),
    listOfferSchedules(centre, offerId),
    upcomingSessions(centre, offerId),
  ]);
  if (!offer) return null;
  // Other roles only look; new schedules and dates only for an offer that still runs.
  const manages = (schedulesPolicy.manageSchedules as readonly string[]).includes(centre.role);
  const plans = manages && !offer.archivedAt;
  const base = `/${centre.slug}/staff/offers/${offer.id}`;
  return (
    <>
      <section aria-labelledby="offer-schedules" className="mb-12 max-w-3xl">
        <h2 id="offer-schedules" className="mb-4 text-2xl font-bold">
          Harmonogram
        </h2>
        {schedules.length === 0 ? <p className="mb-4">Nie ustalono jeszcze, kiedy odbywają się spotkania.</p> : null}
        <ul className="mb-6 space-y-4">
          {schedules.map((s) => {
            const words = describeSchedule(s);
            return (
              <li key={s.id} className="border-l-4 border-slate-400 pl-4">
                <p className="font-semibold first-letter:uppercase">{words}</p>
                <p>
                  od {formatCalendarDate(s.startsOn)}
                  {s.endsOn ? ` do ${formatCalendarDate(s.endsOn)}` : ""}
                </p>
                {s.exceptions.length ? <p>Bez spotkań: {s.exceptions.map((d) => formatCalendarDate(d)).join(", ")}</p> : null}
                <p className="text-slate-700">
                  {place(s.venue)}
                  {s.leader ? ` · prowadzi: ${s.leader}` : ""}
                </p>
                {manages ? (
                  <p className="mt-1 flex flex-wrap gap-x-6">
                    <Link href={`${base}/schedules/${s.id}`} className={link}>
                      Zmień<span className="sr-only"> harmonogram: {words}</span>
                    </Link>
                    <Link href={`${base}/schedules/${s.id}#archiwizacja`} className={link}>
                      Zarchiwizuj<span className="sr-only"> harmonogram: {words}</span>
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        {plans ? (
          <Link href={`${base}/schedules/new`} className={button}>
            Dodaj harmonogram
          </Link>
        ) : null}
      </section>

      <section aria-labelledby="offer-sessions" className="mb-12">
        <h2 id="offer-sessions" className="text-2xl font-bold">
          Najbliższe spotkania
        </h2>
        <p className="mb-4 mt-2 text-slate-700">Spotkania w ciągu najbliższych {UPCOMING_WEEKS} tygodni, także odwołane.</p>
        {sessions.length === 0 ? (
          <p className="mb-4">W tym czasie nie zaplanowano żadnych spotkań.</p>
        ) : (
          <SessionTable sessions={sessions} centre={centre} base={base} manages={manages} />
        )}
        {plans ? (
          <Link href={`${base}/sessions/new`} className={button}>
            Dodaj dodatkowy termin
          </Link>
        ) : null}
      </section>
    </>
  );
}

const STATUS = { PLANNED: "zaplanowane", HELD: "odbyło się", CANCELLED: "odwołane" } as const;

function SessionTable({ sessions, centre, base, manages }: { sessions: StaffSession[]; centre: AuthorisedCentre; base: string; manages: boolean }) {
  const zone = centre.timeZone;
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Najbliższe spotkania: termin, miejsce, temat i stan</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            {["Termin", "Miejsce", "Temat i prowadzący", "Stan", ...(manages ? ["Zmiany"] : [])].map((h) => (
              <th key={h} scope="col" className="py-2 pr-4">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const when = `${formatDayHeading(s.startsAt, zone)}, ${formatTimeRange(s.startsAt, s.endsAt, zone)}`;
            return (
              <tr key={s.id} className="border-b border-slate-300 align-top">
                <td className="py-3 pr-4">
                  <time dateTime={isoInstant(s.startsAt)} className={`block first-letter:uppercase ${s.status === "CANCELLED" ? "line-through" : ""}`}>
                    {when}
                  </time>
                  {s.movedFrom ? <span className="block text-slate-700">przeniesione z {formatDateTime(s.movedFrom, zone)}</span> : null}
                  {s.scheduleId ? null : <span className="block text-slate-700">dodatkowy termin</span>}
                </td>
                <td className="py-3 pr-4">{place(s.venue)}</td>
                <td className="py-3 pr-4">
                  {s.topic ?? "—"}
                  {s.leader ? <span className="block text-slate-700">prowadzi: {s.leader}</span> : null}
                </td>
                <td className="py-3 pr-4">
                  <span className={s.status === "CANCELLED" ? "font-semibold text-red-800" : undefined}>{STATUS[s.status]}</span>
                  {s.cancelReason ? <span className="block">Powód: {s.cancelReason}</span> : null}
                </td>
                {manages ? (
                  <td className="py-3 pr-4">
                    {s.status === "HELD" ? null : (
                      <Link href={`${base}/sessions/${s.id}`} className={link}>
                        {s.status === "CANCELLED" ? "Przywróć" : "Odwołaj lub przenieś"}
                        <span className="sr-only">: {when}</span>
                      </Link>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

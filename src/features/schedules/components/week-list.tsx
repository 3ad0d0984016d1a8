import Link from "next/link";
import { formatDayHeading, formatDayMonth, formatTimeRange, isoInstant } from "@/components/ui/format";
import { localDate } from "@/server/time";
import type { WeekSession } from "../data";

/** The sessions of one week, day by day, with links to the weeks before and after. */
export function WeekList({
  sessions,
  monday,
  offset,
  basePath,
  timeZone,
}: {
  sessions: WeekSession[];
  monday: string;
  offset: number;
  basePath: string;
  timeZone: string;
}) {
  const days = new Map<string, WeekSession[]>();
  for (const s of sessions) {
    const day = localDate(s.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  const title = offset === 0 ? "Ten tydzień w ośrodku" : `Tydzień od ${formatDayMonth(new Date(`${monday}T12:00:00Z`), timeZone)}`;
  return (
    <section aria-labelledby="week-title">
      <h2 id="week-title" className="text-2xl font-bold">
        {title}
      </h2>
      <nav aria-label="Zmień tydzień" className="mb-4 mt-2 flex gap-6">
        <Link href={`${basePath}?tydzien=${offset - 1}`} className="text-blue-800 underline">
          ← Poprzedni tydzień
        </Link>
        {offset !== 0 ? (
          <Link href={basePath} className="text-blue-800 underline">
            Bieżący tydzień
          </Link>
        ) : null}
        <Link href={`${basePath}?tydzien=${offset + 1}`} className="text-blue-800 underline">
          Następny tydzień →
        </Link>
      </nav>
      {sessions.length === 0 ? <p>W tym tygodniu nie zaplanowano żadnych spotkań.</p> : null}
      {[...days].map(([day, list]) => (
        <div key={day} className="mb-6">
          <h3 className="border-b-2 border-slate-300 pb-1 text-lg font-bold first-letter:uppercase">{formatDayHeading(list[0].startsAt, timeZone)}</h3>
          <ul className="mt-2 space-y-3">
            {list.map((s) => (
              <li key={s.id} className={s.status === "CANCELLED" ? "text-slate-700" : undefined}>
                <time dateTime={isoInstant(s.startsAt)} className="font-semibold tabular-nums">
                  {formatTimeRange(s.startsAt, s.endsAt, timeZone)}
                </time>{" "}
                <span className={s.status === "CANCELLED" ? "line-through" : undefined}>{s.offer.name}</span>
                {s.topic ? <span>: {s.topic}</span> : null}
                {s.status === "CANCELLED" ? <strong className="ml-2 text-red-800">Odwołane{s.cancelReason ? `: ${s.cancelReason}` : ""}</strong> : null}
                <br />
                <span className="text-slate-700">
                  {s.venue ? `${s.venue.name}, ${s.venue.street}` : "Miejsce do ustalenia"}
                  {s.leader ? ` · prowadzi: ${s.leader}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

// A month of an edition's register: participants × that month's sessions with their marks, the rate
// of each person (this month and in the whole edition) and of each session, and a signature column.
// Printable (landscape).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { pl } from "date-fns/locale";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateLong, formatTimeRange } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { monthRegister } from "@/features/attendance/data";
import { ATTENDANCE_LABELS, ATTENDANCE_SHORT, rateText } from "@/features/attendance/labels";
import { isMonth, monthOf, shiftMonth } from "@/features/attendance/month";
import { attendancePolicy } from "@/features/attendance/policy";
import { getEdition } from "@/features/editions/data";
import { editionTitle } from "@/features/editions/edition-name";
import { requireCentre } from "@/server/page-guard";
import { fromDbDate } from "@/server/time";

type Props = { params: Promise<{ centre: string; editionId: string; month: string }> };

/** "listopad 2026" */
function monthName(month: string) {
  return format(new Date(`${month}-15T12:00:00Z`), "LLLL yyyy", { locale: pl });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { month } = await params;
  return { title: isMonth(month) ? `Obecność: ${monthName(month)}` : "Obecność w miesiącu" };
}

const cell = "border border-slate-700 px-2 py-1";

export default async function MonthAttendancePage({ params }: Props) {
  const { centre: slug, editionId, month } = await params;
  const centre = await requireCentre(slug, attendancePolicy.view);
  const edition = await getEdition(centre, editionId);
  if (!edition || !isMonth(month)) notFound();
  const firstMonth = monthOf(fromDbDate(edition.startsOn));
  const lastMonth = monthOf(fromDbDate(edition.endsOn));
  if (month < firstMonth || month > lastMonth) notFound();
  const { sessions, rows } = await monthRegister(centre, edition.id, month);
  const base = `/${centre.slug}/staff/kis/${edition.id}`;
  const prev = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const zone = centre.timeZone;
  return (
    <>
      {/* Many columns: the month prints on a landscape sheet. */}
      <style>{"@media print { @page { size: A4 landscape; } }"}</style>
      <PageHeader title={`Obecność: ${monthName(month)}`} caption={`${centre.name} · ${editionTitle(edition)}`} />
      <nav aria-label="Miesiące edycji" className="no-print mb-6 flex flex-wrap items-center gap-x-6 gap-y-2">
        {prev >= firstMonth ? (
          <Link href={`${base}/attendance/${prev}`} className="text-blue-800 underline">
            ← Poprzedni miesiąc ({monthName(prev)})
          </Link>
        ) : null}
        {next <= lastMonth ? (
          <Link href={`${base}/attendance/${next}`} className="text-blue-800 underline">
            Następny miesiąc ({monthName(next)}) →
          </Link>
        ) : null}
        <PrintButton label="Drukuj listę miesięczną" />
      </nav>

      {sessions.some((s) => s.awaiting) ? (
        <section aria-labelledby="awaiting-heading" className="no-print mb-8 border-l-8 border-amber-700 bg-amber-50 p-4">
          <h2 id="awaiting-heading" className="text-xl font-bold text-slate-900">
            Listy do uzupełnienia
          </h2>
          <ul className="mt-2 space-y-1">
            {sessions
              .filter((s) => s.awaiting)
              .map((s) => (
                <li key={s.id}>
                  <Link href={`${base}/sessions/${s.id}`} className="text-blue-800 underline">
                    {formatDateLong(s.startsAt, zone)}, {formatTimeRange(s.startsAt, s.endsAt, zone)}
                    {s.topic ? `: ${s.topic}` : ""}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      {sessions.length === 0 ? (
        <p>W tym miesiącu nie było zajęć tej edycji.</p>
      ) : (
        <>
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="month-caption">
            <table className="w-full border-collapse text-left text-sm">
              <caption id="month-caption" className="mb-2 text-left text-base text-slate-800">
                Uczestnicy i zajęcia w miesiącu: {monthName(month)}. Oznaczenia: {ATTENDANCE_SHORT.PRESENT} – obecny/a, {ATTENDANCE_SHORT.EXCUSED} –
                usprawiedliwiony/a, {ATTENDANCE_SHORT.ABSENT} – nieobecny/a, puste – jeszcze nie zaznaczono, kreska – poza okresem udziału.
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    Lp.
                  </th>
                  <th scope="col" className={cell}>
                    Imię i nazwisko
                  </th>
                  {sessions.map((s) => (
                    <th key={s.id} scope="col" className={`${cell} text-center`}>
                      <Link href={`${base}/sessions/${s.id}`} className="text-blue-800 underline">
                        {format(new TZDate(s.startsAt, zone), "d.MM")}
                      </Link>
                      <span className="block text-xs font-normal">{formatTimeRange(s.startsAt, s.endsAt, zone)}</span>
                      {s.topic ? <span className="sr-only">, {s.topic}</span> : null}
                      {s.awaiting ? <span className="no-print block text-xs font-semibold text-red-800">do uzupełnienia</span> : null}
                    </th>
                  ))}
                  <th scope="col" className={cell}>
                    Frekwencja w miesiącu
                  </th>
                  <th scope="col" className={cell}>
                    W całej edycji
                  </th>
                  <th scope="col" className={`${cell} min-w-40`}>
                    Podpis
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.participantId} className="h-10 break-inside-avoid">
                    <td className={cell}>{i + 1}.</td>
                    <th scope="row" className={`${cell} font-normal whitespace-nowrap`}>
                      {r.name}
                    </th>
                    {r.cells.map((c) => (
                      <td key={c.sessionId} className={`${cell} text-center`}>
                        {c.status ? (
                          <>
                            <span aria-hidden="true">{ATTENDANCE_SHORT[c.status]}</span>
                            <span className="sr-only">{ATTENDANCE_LABELS[c.status]}</span>
                          </>
                        ) : c.onList ? (
                          <span className="sr-only">nie zaznaczono</span>
                        ) : (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="sr-only">poza okresem udziału</span>
                          </>
                        )}
                      </td>
                    ))}
                    <td className={cell}>{rateText(r.monthRate, r.monthTally)}</td>
                    <td className={cell}>{r.editionRate === null ? "—" : `${r.editionRate}%`}</td>
                    <td className={cell} />
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td className={cell} />
                  <th scope="row" className={cell}>
                    Frekwencja zajęć
                  </th>
                  {sessions.map((s) => (
                    <td key={s.id} className={`${cell} text-center`}>
                      {s.rate === null ? "—" : `${s.rate}%`}
                    </td>
                  ))}
                  <td className={cell} colSpan={3} />
                </tr>
              </tfoot>
            </table>
          </div>
          {rows.length === 0 ? <p className="mt-2">W tym miesiącu nikt nie uczestniczył w tej edycji.</p> : null}
        </>
      )}
    </>
  );
}

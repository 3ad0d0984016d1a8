import type { Metadata } from "next";
import Link from "next/link";
import { formatCalendarDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { volunteerOptions } from "@/features/volunteer-tasks/data";
import { hoursTotals } from "@/features/volunteer-tasks/hours-data";
import { hoursText } from "@/features/volunteer-tasks/labels";
import { periodOf } from "@/features/volunteer-tasks/period";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { requireCentre } from "@/server/page-guard";
import { dbDate } from "@/server/time";

export const metadata: Metadata = { title: "Godziny wolontariuszy" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const MONTHS = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"];
const monthName = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

function Totals({ id, title, first, rows }: { id: string; title: string; first: string; rows: { key: string; label: string; minutes: number }[] }) {
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {rows.length ? (
        <table className="w-full max-w-xl text-left">
          <thead>
            <tr className="border-b-2 border-slate-800">
              <th scope="col" className="py-2 pr-4">
                {first}
              </th>
              <th scope="col" className="py-2 text-right">
                Godziny
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-300">
                <td className="py-2 pr-4 break-words">{r.label}</td>
                <td className="py-2 text-right whitespace-nowrap">{hoursText(r.minutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Brak zatwierdzonych godzin w tym okresie.</p>
      )}
    </section>
  );
}

export default async function VolunteerHoursPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, volunteerTasksPolicy.manage);
  const period = periodOf(await searchParams, centre.timeZone);
  const [totals, volunteers] = await Promise.all([hoursTotals(centre, period), volunteerOptions(centre)]);
  const base = `/${centre.slug}/staff/volunteering`;
  const query = `from=${period.from}&to=${period.to}`;
  return (
    <>
      <p className="mb-6">
        <Link href={base} className="text-blue-800 underline">
          Wróć do zadań wolontariuszy
        </Link>
      </p>
      <PageHeader title="Godziny wolontariuszy" caption={centre.name}>
        <p>
          Zatwierdzone godziny od {formatCalendarDate(dbDate(period.from))} do {formatCalendarDate(dbDate(period.to))}:{" "}
          <strong>{hoursText(totals.total)}</strong> ({totals.records} wpisów). Godziny czekające na zatwierdzenie nie są liczone.
        </p>
      </PageHeader>
      {period.error ? <Notice tone="warning" title={period.error} /> : null}
      <form method="get" className="mb-10 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="period-from" className="block font-semibold">
            Od
          </label>
          <input id="period-from" name="from" type="date" defaultValue={period.from} className="mt-1 rounded border-2 border-slate-700 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="period-to" className="block font-semibold">
            Do
          </label>
          <input id="period-to" name="to" type="date" defaultValue={period.to} className="mt-1 rounded border-2 border-slate-700 px-3 py-2" />
        </div>
        <button type="submit" className="min-h-12 rounded bg-slate-200 px-4 py-2 font-semibold shadow-[0_2px_0_#0b0c0c]">
          Pokaż okres
        </button>
      </form>
      <p className="mb-10">
        <a href={`${base}/hours/csv?${query}`} className="inline-block py-2 text-blue-800 underline">
          Pobierz zatwierdzone godziny jako CSV (arkusz kalkulacyjny)
        </a>
      </p>
      <Totals id="by-volunteer" title="Według wolontariuszy" first="Wolontariusz" rows={totals.byVolunteer} />
      <Totals id="by-programme" title="Według programów" first="Program, klub lub grupa" rows={totals.byProgramme} />
      <Totals id="by-month" title="Według miesięcy" first="Miesiąc" rows={totals.byMonth.map((m) => ({ ...m, label: monthName(m.label) }))} />

      <section aria-labelledby="certificate" className="mb-10 max-w-xl">
        <h2 id="certificate" className="mb-3 text-2xl font-bold">
          Zaświadczenie o wolontariacie
        </h2>
        <p className="mb-4">PDF z zatwierdzonymi godzinami wolontariusza w wybranym okresie, do podpisu.</p>
        <form method="get" action={`${base}/certificate`} target="_blank">
          <label htmlFor="cert-volunteer" className="block font-semibold">
            Wolontariusz
          </label>
          <select id="cert-volunteer" name="volunteerId" required className="mt-1 mb-4 block w-full rounded border-2 border-slate-700 bg-white px-3 py-2">
            {volunteers.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
          <label htmlFor="cert-from" className="block font-semibold">
            Od
          </label>
          <input id="cert-from" name="from" type="date" defaultValue={period.from} className="mt-1 mb-4 block rounded border-2 border-slate-700 px-3 py-2" />
          <label htmlFor="cert-to" className="block font-semibold">
            Do
          </label>
          <input id="cert-to" name="to" type="date" defaultValue={period.to} className="mt-1 mb-4 block rounded border-2 border-slate-700 px-3 py-2" />
          <button type="submit" className="min-h-12 rounded bg-green-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0b0c0c]">
            Pobierz zaświadczenie (PDF)
          </button>
        </form>
      </section>
    </>
  );
}

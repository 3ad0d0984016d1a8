// The edition's summary: key figures, then each chart with its numbers in a table beside it.
import { format, parseISO } from "date-fns";
import { pl } from "date-fns/locale";
import type { ReactNode } from "react";
import type { EditionDashboard } from "../dashboard-data";
import { OUTCOME_LABELS } from "../labels";
import { AttendanceChart, CategoryChart } from "./dashboard-charts";

const monthLabel = (month: string) => format(parseISO(`${month}-01`), "LLLL yyyy", { locale: pl });

function Figure({ title, id, chart, wide, children }: { title: string; id: string; chart: ReactNode; wide?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-4 text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {/* A wide table goes under its chart; a narrow one beside it on large screens. */}
      <div className={`grid items-start gap-8 ${wide ? "" : "lg:grid-cols-2"}`}>
        <div className="min-w-0">{chart}</div>
        {/* Focusable, so that keyboard users can scroll it when a narrow screen cuts it off. */}
        <div className="overflow-x-auto" role="region" aria-labelledby={`${id}-tabela`} tabIndex={0}>
          {children}
        </div>
      </div>
    </section>
  );
}

function Table({ id, caption, head, rows }: { id: string; caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full text-left">
      <caption id={`${id}-tabela`} className="mb-2 text-left font-semibold text-slate-800">
        {caption}
      </caption>
      <thead>
        <tr className="border-b-2 border-slate-800">
          {head.map((h, i) => (
            <th key={h} scope="col" className={`py-2 pr-4 ${i > 0 ? "text-right" : ""}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, ...cells]) => (
          <tr key={label} className="border-b border-slate-300">
            <th scope="row" className="py-2 pr-4 font-normal">
              {label}
            </th>
            {cells.map((c, i) => (
              <td key={i} className="py-2 pr-4 text-right tabular-nums">
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DashboardView({ d }: { d: EditionDashboard }) {
  const free = Math.max(0, d.places.capacity - d.places.taken);
  const people = [
    { label: "Zajęte miejsca", value: d.places.taken },
    { label: "Wolne miejsca", value: free },
    { label: "Skierowania do decyzji", value: d.statuses.REFERRED },
    { label: "Lista rezerwowa", value: d.statuses.WAITLISTED },
    { label: "Ukończyli udział", value: d.statuses.COMPLETED },
    { label: "Odeszli przed końcem", value: d.statuses.LEFT },
  ];
  const outcomes = (Object.keys(OUTCOME_LABELS) as (keyof typeof OUTCOME_LABELS)[]).map((k) => ({
    label: OUTCOME_LABELS[k],
    value: d.outcomes.find((o) => o.kind === k)?.n ?? 0,
  }));
  const months = d.attendance.map((m) => ({ ...m, label: monthLabel(m.month) }));
  return (
    <>
      <dl className="mb-12 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[
          ["Miejsca zajęte", `${d.places.taken} z ${d.places.capacity}`],
          ["Wolne miejsca", String(free)],
          ["Skierowania do decyzji", String(d.statuses.REFERRED)],
          ["Lista rezerwowa", String(d.statuses.WAITLISTED)],
        ].map(([term, value]) => (
          <div key={term} className="rounded border-2 border-slate-300 p-4">
            <dt className="text-slate-700">{term}</dt>
            <dd className="text-3xl font-bold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>

      <Figure title="Miejsca i rekrutacja" id="wykres-miejsca" chart={<CategoryChart data={people} />}>
        <Table
          id="wykres-miejsca"
          caption={`Uczestnicy i skierowania (pojemność: ${d.places.capacity})`}
          head={["Stan", "Liczba osób"]}
          rows={people.map((p) => [p.label, p.value])}
        />
      </Figure>

      <Figure
        title="Obecność miesiąc po miesiącu"
        id="wykres-obecnosc"
        wide
        chart={months.length > 0 ? <AttendanceChart data={months} /> : <p>Nie odnotowano jeszcze obecności.</p>}
      >
        <Table
          id="wykres-obecnosc"
          caption="Odnotowane obecności według miesięcy"
          head={["Miesiąc", "Zajęcia", "Obecni", "Usprawiedliwieni", "Nieobecni", "Frekwencja"]}
          rows={months.map((m) => [m.label, m.sessions, m.present, m.excused, m.absent, m.rate === null ? "–" : `${m.rate}%`])}
        />
      </Figure>

      <Figure title="Efekty po zakończeniu udziału" id="wykres-efekty" chart={<CategoryChart data={outcomes} colour="#15803d" />}>
        <Table id="wykres-efekty" caption="Odnotowane efekty według rodzaju" head={["Efekt", "Liczba"]} rows={outcomes.map((o) => [o.label, o.value])} />
      </Figure>
    </>
  );
}

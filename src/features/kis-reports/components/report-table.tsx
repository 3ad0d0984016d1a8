// One table of the report, read aloud with its title as the caption and the first column as row headers.
import type { ReportTable } from "../yearly-tables";

const numeric = (cell: string | number) => typeof cell === "number" || /^\d+(,\d+)?$/.test(cell);

export function ReportTableView({ table }: { table: ReportTable }) {
  return (
    <div className="mb-10">
      {/* Focusable, so that keyboard users can scroll a table that a narrow screen cuts off. */}
      <div className="overflow-x-auto" role="region" aria-labelledby={`tabela-${table.id}`} tabIndex={0}>
        <table className="w-full text-left">
          <caption id={`tabela-${table.id}`} className="mb-2 text-left text-xl font-bold text-slate-900">
            {table.title}
            {table.note ? <span className="mt-1 block text-base font-normal text-slate-700">{table.note}</span> : null}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-800">
              {table.columns.map((c, i) => (
                <th key={c} scope="col" className={`py-2 pr-4 align-bottom ${i > 0 ? "text-right" : ""}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className="border-b border-slate-300 align-top">
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-2 pr-4 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={`py-2 pr-4 ${numeric(cell) ? "text-right tabular-nums" : ""}`}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

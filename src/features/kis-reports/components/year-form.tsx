// The report's year, chosen with a plain GET form: the report has an address and works without script.
export function YearForm({ year, years }: { year: number; years: number[] }) {
  const control = "mt-1 block rounded border-2 border-slate-700 bg-white px-3 py-2";
  return (
    <form method="get" aria-label="Wybór roku sprawozdania" className="mb-6 flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="report-year" className="block font-semibold">
          Rok sprawozdania
        </label>
        <select id="report-year" name="rok" defaultValue={String(year)} className={control}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300">
        Pokaż
      </button>
    </form>
  );
}

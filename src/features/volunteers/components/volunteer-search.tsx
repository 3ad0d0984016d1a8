// Search of the register by name and by strand. A plain GET form, so results have an address and
// work before any script loads.
import Link from "next/link";

export function VolunteerSearch({
  q,
  strand,
  strands,
  archived,
  clearHref,
}: {
  q: string;
  strand: string;
  strands: string[];
  archived: boolean;
  clearHref: string;
}) {
  const control = "mt-1 block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 sm:w-auto";
  return (
    <form method="get" role="search" aria-label="Szukaj wolontariuszy" className="mb-8 flex flex-wrap items-end gap-4">
      {archived ? <input type="hidden" name="archiwum" value="1" /> : null}
      <div className="w-full sm:w-auto">
        <label htmlFor="volunteer-search" className="block font-semibold">
          Imię lub nazwisko
        </label>
        <input id="volunteer-search" name="q" type="search" defaultValue={q} autoComplete="off" spellCheck={false} className={control} />
      </div>
      <div className="w-full sm:w-auto">
        <label htmlFor="volunteer-strand" className="block font-semibold">
          Nurt
        </label>
        <select id="volunteer-strand" name="nurt" defaultValue={strand} className={control}>
          <option value="">Wszystkie</option>
          {strands.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300">
        Szukaj
      </button>
      {q || strand ? (
        <Link href={clearHref} className="py-2 text-blue-800 underline">
          Wyczyść
        </Link>
      ) : null}
    </form>
  );
}

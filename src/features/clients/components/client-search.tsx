// Search of the client list: by name (any case, with or without Polish letters) or PESEL, and by
// social worker. A plain GET form, so results have an address and work before any script loads.
import Link from "next/link";

export type WorkerFilterOption = { value: string; label: string };

export function ClientSearch({
  q,
  socialWorker,
  archived,
  workers,
  clearHref,
}: {
  q: string;
  socialWorker: string;
  archived: boolean;
  workers: WorkerFilterOption[];
  clearHref: string;
}) {
  const control = "mt-1 block rounded border-2 border-slate-700 bg-white px-3 py-2";
  return (
    <form method="get" role="search" aria-label="Szukaj klientów" className="mb-8 flex flex-wrap items-end gap-4">
      {archived ? <input type="hidden" name="archiwum" value="1" /> : null}
      <div>
        <label htmlFor="client-search" className="block font-semibold">
          Imię, nazwisko lub PESEL
        </label>
        <input id="client-search" name="q" type="search" defaultValue={q} autoComplete="off" spellCheck={false} className={control} />
      </div>
      <div>
        <label htmlFor="client-worker" className="block font-semibold">
          Pracownik socjalny
        </label>
        <select id="client-worker" name="pracownik" defaultValue={socialWorker} className={control}>
          <option value="">Wszyscy</option>
          {workers.map((w) => (
            <option key={w.value} value={w.value}>
              {w.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300">
        Szukaj
      </button>
      {q || socialWorker ? (
        <Link href={clearHref} className="py-2 text-blue-800 underline">
          Wyczyść
        </Link>
      ) : null}
    </form>
  );
}

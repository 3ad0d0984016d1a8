// The history of a contract: its evaluations (with how each action stood) and its amendments (what
// changed, from what to what), newest first.
import { formatCalendarDate } from "@/components/ui/format";
import { describeChanges } from "../amendment-changes";
import type { ContractDetails } from "../data";
import { PROGRESS_LABELS } from "../labels";

export function ContractHistory({ contract: c }: { contract: ContractDetails }) {
  const actionNames = Object.fromEntries(c.actions.map((a) => [a.id, a.description]));
  const by = (userId: string) => c.authors[userId] ?? "osoba spoza zespołu";
  return (
    <>
      <section aria-labelledby="evaluations" className="mb-10 max-w-4xl">
        <h2 id="evaluations" className="mb-4 text-2xl font-bold">
          Oceny realizacji
        </h2>
        {c.evaluations.length === 0 ? <p>Nie było jeszcze oceny.</p> : null}
        <ol className="space-y-6">
          {c.evaluations.map((e) => (
            <li key={e.id} className="border-l-4 border-slate-400 pl-4">
              <h3 className="text-xl font-bold">Ocena z {formatCalendarDate(e.evaluatedOn)}</h3>
              <p className="text-slate-700">Zapisał(a): {by(e.createdById)}</p>
              <p className="mt-2 whitespace-pre-line">{e.summary}</p>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {e.progress.map((p) => (
                  <li key={p.actionId}>
                    {actionNames[p.actionId] ?? "działanie"}: <strong>{PROGRESS_LABELS[p.status]}</strong>
                    {p.reason ? ` – ${p.reason}` : ""}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="amendments" className="mb-10 max-w-4xl">
        <h2 id="amendments" className="mb-4 text-2xl font-bold">
          Aneksy
        </h2>
        {c.amendments.length === 0 ? <p>Kontrakt nie był zmieniany.</p> : null}
        <ol className="space-y-6">
          {c.amendments.map((a) => (
            <li key={a.id} className="border-l-4 border-slate-400 pl-4">
              <h3 className="text-xl font-bold">Aneks z {formatCalendarDate(a.amendedOn)}</h3>
              <p className="text-slate-700">Zapisał(a): {by(a.createdById)}</p>
              <p className="mt-2 whitespace-pre-line">{a.description}</p>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {describeChanges(a.changes, actionNames).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

// A signed or closed contract, read-only: its parties, the assessment, goals and actions (with how
// each action stands), as agreed and amended.
import { TableHead } from "@/components/ui/table-head";
import { formatCalendarDate } from "@/components/ui/format";
import { fromDbDate } from "@/server/time";
import type { ContractDetails } from "../data";
import { clientTitle, responsibleText } from "../labels";
import { INSTITUTION_ROLE } from "../schema";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-10 max-w-4xl">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const orNone = (text: string | null) => text ?? <span className="text-slate-700">nie wpisano</span>;

/** How an action stands today: done (when), overdue, or open. */
function actionState(a: { doneOn: Date | null; deadline: Date }, today: string) {
  if (a.doneOn) return `zrealizowane ${formatCalendarDate(a.doneOn)}`;
  return fromDbDate(a.deadline) < today ? "po terminie" : "w toku";
}

export function ContractView({ contract: c, centreName, today }: { contract: ContractDetails; centreName: string; today: string }) {
  const family = c.parties.filter((p) => p.role !== INSTITUTION_ROLE);
  const institutions = c.parties.filter((p) => p.role === INSTITUTION_ROLE);
  const goalNumber = new Map(c.goals.map((g) => [g.id, g.position]));
  return (
    <>
      <Section id="parties" title="Strony kontraktu">
        <dl className="space-y-2">
          <div>
            <dt className="font-semibold">Klient</dt>
            <dd>{clientTitle(c.participant)}</dd>
          </div>
          {family.length ? (
            <div>
              <dt className="font-semibold">Członkowie rodziny</dt>
              <dd>
                <ul className="list-disc pl-6">
                  {family.map((p) => (
                    <li key={p.id}>
                      {p.name} – {p.role}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          <div>
            <dt className="font-semibold">Pracownik socjalny</dt>
            <dd>
              {c.socialWorker.user.name}, {centreName}
            </dd>
          </div>
          {institutions.length ? (
            <div>
              <dt className="font-semibold">Instytucje</dt>
              <dd>{institutions.map((p) => p.name).join(", ")}</dd>
            </div>
          ) : null}
          {c.variant === "B" && c.labourOfficeReferral ? (
            <div>
              <dt className="font-semibold">Skierowanie z urzędu pracy</dt>
              <dd>{c.labourOfficeReferral}</dd>
            </div>
          ) : null}
        </dl>
      </Section>

      <Section id="assessment" title="Ocena sytuacji">
        <dl className="space-y-3">
          {(
            [
              ["Przyczyny trudnej sytuacji", c.causes],
              ["Zasoby i możliwości", c.resources],
              ["Ograniczenia", c.limitations],
            ] as const
          ).map(([label, text]) => (
            <div key={label}>
              <dt className="font-semibold">{label}</dt>
              <dd className="whitespace-pre-line">{orNone(text)}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="goals" title="Cele">
        <p className="mb-2 font-semibold">Cel główny</p>
        <p className="mb-4 whitespace-pre-line">{orNone(c.mainGoal)}</p>
        <p className="mb-2 font-semibold">Cele szczegółowe</p>
        <ol className="list-decimal space-y-1 pl-6">
          {c.goals.map((g) => (
            <li key={g.id}>{g.text}</li>
          ))}
        </ol>
      </Section>

      <Section id="actions" title="Działania">
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Działania: co, kto odpowiada, do kiedy i jak stoi realizacja</caption>
            <TableHead columns={["Lp.", "Działanie", "Kto odpowiada", "Termin", "Stan"]} />
            <tbody>
              {c.actions.map((a, i) => {
                const state = actionState(a, today);
                return (
                  <tr key={a.id} className="border-b border-slate-300 align-top">
                    <td className="py-3 pr-4">{i + 1}.</td>
                    <td className="py-3 pr-4">
                      {a.description}
                      {a.goalId && goalNumber.has(a.goalId) ? <span className="block text-slate-700">cel {goalNumber.get(a.goalId)}</span> : null}
                    </td>
                    <td className="py-3 pr-4">{responsibleText(a)}</td>
                    <td className="py-3 pr-4">{formatCalendarDate(a.deadline)}</td>
                    <td className={`py-3 pr-4 ${state === "po terminie" && c.status === "ACTIVE" ? "font-semibold text-red-800" : ""}`}>{state}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
}

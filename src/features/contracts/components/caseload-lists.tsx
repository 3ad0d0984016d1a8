// "Moje sprawy": the signed-in social worker's clients and what their contracts need this week.
import Link from "next/link";
import type { ReactNode } from "react";
import { formatCalendarDate } from "@/components/ui/format";
import { fromDbDate } from "@/server/time";
import { CLIENTS_SHOWN, ENDING_WITHIN_DAYS, type Caseload } from "../caseload";
import { contractNumber, responsibleText } from "../labels";

const link = "font-semibold text-blue-800 underline";

function List({ id, title, hint, empty, children, count }: { id: string; title: string; hint: string; empty: string; count: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-12 max-w-4xl">
      <h2 id={id} className="text-2xl font-bold">
        {title} ({count})
      </h2>
      <p className="mb-4 mt-1 text-slate-700">{hint}</p>
      {count === 0 ? <p>{empty}</p> : <ul className="space-y-3">{children}</ul>}
    </section>
  );
}

type ContractRow = Caseload["dueForEvaluation"][number];

function ContractLink({ c, base }: { c: ContractRow; base: string }) {
  return (
    <Link href={`${base}/contracts/${c.id}`} className={link}>
      {c.participant.firstName} {c.participant.lastName}, kontrakt nr {contractNumber(c)}
    </Link>
  );
}

export function CaseloadLists({ caseload: k, base }: { caseload: Caseload; base: string }) {
  return (
    <>
      <List
        id="due"
        title="Do oceny w tym tygodniu"
        hint={`Kontrakty, których termin oceny przypada do niedzieli ${formatCalendarDate(new Date(`${k.sunday}T00:00:00Z`))} albo już minął.`}
        empty="W tym tygodniu nie ma kontraktów do oceny."
        count={k.dueForEvaluation.length}
      >
        {k.dueForEvaluation.map((c) => {
          const late = c.nextEvaluationOn && fromDbDate(c.nextEvaluationOn) < k.today;
          return (
            <li key={c.id}>
              <ContractLink c={c} base={base} />
              <span className={`block ${late ? "font-semibold text-red-800" : "text-slate-700"}`}>
                {late ? "Ocena zaległa od " : "Ocena: "}
                {formatCalendarDate(c.nextEvaluationOn!)}
              </span>
            </li>
          );
        })}
      </List>

      <List
        id="ending"
        title="Kończą się w ciągu 14 dni"
        hint={`Kontrakty, których okres kończy się w ciągu ${ENDING_WITHIN_DAYS} dni: czas na ocenę końcową, zakończenie albo aneks przedłużający.`}
        empty="Żaden kontrakt nie kończy się w najbliższych dwóch tygodniach."
        count={k.endingSoon.length}
      >
        {k.endingSoon.map((c) => (
          <li key={c.id}>
            <ContractLink c={c} base={base} />
            <span className="block text-slate-700">Koniec okresu: {formatCalendarDate(c.periodEnd)}</span>
          </li>
        ))}
      </List>

      <List
        id="overdue"
        title="Działania po terminie"
        hint="Działania z obowiązujących kontraktów, których termin minął, a nie zostały oznaczone jako zrealizowane w ocenie."
        empty="Nie ma działań po terminie."
        count={k.overdueActions.length}
      >
        {k.overdueActions.map((a) => (
          <li key={a.id}>
            <Link href={`${base}/contracts/${a.contract.id}#actions`} className={link}>
              {a.description}
            </Link>
            <span className="block text-slate-700">
              {a.contract.participant.firstName} {a.contract.participant.lastName}, kontrakt nr {contractNumber(a.contract)} · odpowiada {responsibleText(a)} ·
              termin minął {formatCalendarDate(a.deadline)}
            </span>
          </li>
        ))}
      </List>

      <List
        id="clients"
        title="Moi klienci"
        hint="Klienci, których prowadzisz jako pracownik socjalny."
        empty="Nie prowadzisz jeszcze żadnego klienta."
        count={k.clientCount}
      >
        {k.clients.map((c) => (
          <li key={c.id}>
            <Link href={`${base}/clients/${c.id}`} className={link}>
              {c.lastName} {c.firstName}
            </Link>
          </li>
        ))}
      </List>
      <p className="-mt-8 mb-12">
        {/* The clients list filtered to this person's clients (the clients feature's ?pracownik=moi). */}
        <Link href={`${base}/clients?pracownik=moi`} className={link}>
          {k.clientCount > CLIENTS_SHOWN ? `Wszyscy moi klienci (${k.clientCount})` : "Moi klienci na liście klientów"}
        </Link>
      </p>
    </>
  );
}

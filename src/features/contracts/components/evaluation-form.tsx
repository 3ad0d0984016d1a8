"use client";
// An evaluation of a contract in force: when, how each action is going (with the reason when one was
// not done), a summary, and when the next evaluation is due.
import { useActionState } from "react";
import { RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { evaluateContractAction } from "../actions";
import { PROGRESS_LABELS } from "../labels";
import { ContractRef, StaleNotice } from "./form-status";

export type ActionToEvaluate = { id: string; description: string; who: string; deadline: string; done: boolean };

const labels = { evaluatedOn: "Data oceny", summary: "Podsumowanie", nextEvaluationOn: "Następna ocena" };

const STATUS_HINTS = {
  DONE: "Działanie wykonane.",
  IN_PROGRESS: "Jest realizowane, termin jeszcze trwa albo wymaga więcej czasu.",
  NOT_DONE: "Nie zostało wykonane. Podaj powód.",
};

export function EvaluationForm({
  contractId,
  version,
  actions,
  initial,
  hints,
  reloadHref,
}: {
  contractId: string;
  version: number;
  actions: ActionToEvaluate[];
  initial: { evaluatedOn: string };
  /** "od 2.03.2026 (podpisanie) do dziś", "najpóźniej 31.08.2026". */
  hints: { evaluatedOn: string; nextEvaluationOn: string };
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(evaluateContractAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const typed = failed?.values;
  const summaryLabels: Record<string, string> = { evaluatedOn: labels.evaluatedOn };
  actions.forEach((a, i) => {
    summaryLabels[`progress.${a.id}.status`] = `Działanie ${i + 1}: jak idzie`;
    summaryLabels[`progress.${a.id}.reason`] = `Działanie ${i + 1}: powód`;
  });
  Object.assign(summaryLabels, { summary: labels.summary, nextEvaluationOn: labels.nextEvaluationOn });
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={errors} labels={summaryLabels} /> : null}
      <StaleNotice state={state} reloadHref={reloadHref} />
      <ContractRef contractId={contractId} version={version} />
      <TextField
        name="evaluatedOn"
        label={labels.evaluatedOn}
        type="date"
        hint={hints.evaluatedOn}
        defaultValue={typed?.evaluatedOn ?? initial.evaluatedOn}
        errors={errors?.evaluatedOn}
        className="max-w-56"
      />
      <h2 className="mb-4 mt-8 text-2xl font-bold">Jak idzie realizacja działań</h2>
      <ol className="mb-8 space-y-6">
        {actions.map((a, i) => {
          const status = `progress.${a.id}.status`;
          const reason = `progress.${a.id}.reason`;
          return (
            <li key={a.id} className="border-l-4 border-slate-300 pl-4">
              <RadioGroup
                name={status}
                legend={
                  // In the legend, not a hint: RadioGroup gives a group hint and the first option's hint the same id.
                  <>
                    Działanie {i + 1}: {a.description}
                    <span className="block font-normal text-slate-700">
                      Odpowiada: {a.who}. Termin: {a.deadline}.
                    </span>
                  </>
                }
                checked={typed ? typed[status] : a.done ? "DONE" : undefined}
                errors={errors?.[status]}
                options={(["DONE", "IN_PROGRESS", "NOT_DONE"] as const).map((value) => ({ value, label: PROGRESS_LABELS[value], hint: STATUS_HINTS[value] }))}
              />
              <TextArea
                name={reason}
                label="Powód, jeśli działanie nie zostało zrealizowane"
                hint="Np. choroba klienta, brak miejsc na kursie. Przy innych odpowiedziach możesz dopisać uwagę."
                rows={2}
                defaultValue={typed?.[reason] ?? ""}
                errors={errors?.[reason]}
              />
            </li>
          );
        })}
      </ol>
      <TextArea
        name="summary"
        label={labels.summary}
        hint="Co się udało, co nie i co dalej, np. czy potrzebny jest aneks."
        rows={5}
        defaultValue={typed?.summary ?? ""}
        errors={errors?.summary}
      />
      <TextField
        name="nextEvaluationOn"
        label="Następna ocena (nieobowiązkowe)"
        type="date"
        hint={hints.nextEvaluationOn}
        defaultValue={typed?.nextEvaluationOn ?? ""}
        errors={errors?.nextEvaluationOn}
        className="max-w-56"
      />
      <SubmitButton>Zapisz ocenę</SubmitButton>
    </form>
  );
}

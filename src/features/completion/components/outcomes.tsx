"use client";
// What the participant did after KIS, with dates: the list (each removable) and a form to add one.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { SavedNotice } from "@/components/ui/saved-notice";
import { addOutcomeAction, removeOutcomeAction } from "../actions";
import { OUTCOME_LABELS } from "../labels";

export type OutcomeView = { id: string; label: string; date: string; note: string | null };

const labels = { kind: "Efekt", achievedOn: "Od kiedy", note: "Szczegóły" };
const options = [{ value: "", label: "Wybierz" }, ...Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label }))];

export function Outcomes({ editionId, enrolmentId, outcomes, today }: { editionId: string; enrolmentId: string; outcomes: OutcomeView[]; today: string }) {
  const [added, addAction] = useActionState(addOutcomeAction, null);
  const [removed, removeAction] = useActionState(removeOutcomeAction, null);
  const errors = added && !added.ok ? added.fieldErrors : undefined;
  return (
    <>
      <SavedNotice state={removed?.ok ? removed : added} />
      {removed && !removed.ok ? <ErrorSummary message={removed.message} /> : null}
      {outcomes.length === 0 ? (
        <p className="mb-6">Nie zapisano jeszcze żadnego efektu.</p>
      ) : (
        <form action={removeAction} className="mb-8">
          <input type="hidden" name="editionId" value={editionId} />
          <input type="hidden" name="enrolmentId" value={enrolmentId} />
          <ul className="space-y-3">
            {outcomes.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-4 border-b border-slate-300 pb-3">
                <span>
                  <strong>{o.label}</strong> od {o.date}
                  {o.note ? ` – ${o.note}` : ""}
                </span>
                <SubmitButton name="outcomeId" value={o.id} variant="secondary" pendingText="Usuwanie…" aria-label={`Usuń: ${o.label} od ${o.date}`}>
                  Usuń
                </SubmitButton>
              </li>
            ))}
          </ul>
        </form>
      )}
      <form action={addAction} noValidate className="max-w-xl">
        <h3 className="mb-4 text-xl font-bold text-slate-900">Dodaj efekt</h3>
        {added && !added.ok ? <ErrorSummary message={added.message} fieldErrors={added.fieldErrors} labels={labels} /> : null}
        <input type="hidden" name="editionId" value={editionId} />
        <input type="hidden" name="enrolmentId" value={enrolmentId} />
        <SelectField name="kind" label={labels.kind} options={options} defaultValue={added?.ok ? "" : (added?.values?.kind ?? "")} errors={errors?.kind} />
        <TextField
          name="achievedOn"
          type="date"
          label={labels.achievedOn}
          defaultValue={added?.ok ? today : (added?.values?.achievedOn ?? today)}
          errors={errors?.achievedOn}
        />
        <TextField
          name="note"
          label={`${labels.note} (nieobowiązkowo)`}
          hint="Np. „umowa o pracę w sklepie”."
          defaultValue={added?.ok ? "" : added?.values?.note}
          errors={errors?.note}
        />
        <SubmitButton>Dodaj efekt</SubmitButton>
      </form>
    </>
  );
}

"use client";
// Ending participation: the reason and the date. Saving issues the certificate of participation
// at once and gives the freed place to the first person on the waitlist. The page renders this in
// the same place before and after, so the result (the certificate's number, who moved up from the
// waitlist) stays on screen once the form itself is gone.
import { useActionState } from "react";
import { RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { SavedNotice } from "@/components/ui/saved-notice";
import { leaveEditionAction } from "../actions";
import { LEAVE_REASON_LABELS } from "../labels";

const labels = { reason: "Powód zakończenia udziału", leftOn: "Data zakończenia udziału", note: "Uwagi" };
const options = Object.entries(LEAVE_REASON_LABELS).map(([value, label]) => ({ value, label }));

export function LeaveSection({ editionId, enrolmentId, today, enrolled }: { editionId: string; enrolmentId: string; today: string; enrolled: boolean }) {
  const [state, formAction] = useActionState(leaveEditionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  if (!enrolled) return <SavedNotice state={state} />;
  return (
    <section aria-labelledby="leave-heading" className="mb-12">
      <h2 id="leave-heading" className="mb-2 text-2xl font-bold text-slate-900">
        Zakończenie udziału
      </h2>
      <p className="mb-4 max-w-3xl text-slate-800">
        Po zapisaniu od razu powstaje zaświadczenie o uczestnictwie z kolejnym numerem, a zwolnione miejsce dostaje pierwsza osoba z listy rezerwowej.
      </p>
      <form action={formAction} noValidate className="max-w-xl">
        {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
        <input type="hidden" name="editionId" value={editionId} />
        <input type="hidden" name="enrolmentId" value={enrolmentId} />
        <RadioGroup name="reason" legend={labels.reason} options={options} checked={state?.values?.reason} errors={errors?.reason} />
        <TextField name="leftOn" type="date" label={labels.leftOn} defaultValue={state?.values?.leftOn ?? today} errors={errors?.leftOn} />
        <TextArea
          name="note"
          label={`${labels.note} (nieobowiązkowo)`}
          hint="Np. gdzie podjęła pracę. Nie wpisuj informacji o zdrowiu."
          rows={2}
          defaultValue={state?.values?.note}
          errors={errors?.note}
        />
        <SubmitButton pendingText="Zapisywanie…">Zakończ udział i wydaj zaświadczenie</SubmitButton>
      </form>
    </section>
  );
}

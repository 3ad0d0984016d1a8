"use client";
// Changing a participant's individual period (art. 18 ust. 5): inside the edition and the contract.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { SavedNotice } from "@/components/ui/saved-notice";
import { changePeriodAction } from "../actions";

const labels = { start: "Udział od", end: "Udział do" };

export function PeriodForm({ editionId, enrolmentId, start, end, hint }: { editionId: string; enrolmentId: string; start: string; end: string; hint: string }) {
  const [state, formAction] = useActionState(changePeriodAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <SavedNotice state={state} />
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <p className="mb-4 text-slate-700">{hint}</p>
      <TextField name="start" type="date" label={labels.start} defaultValue={state?.values?.start ?? start} errors={errors?.start} />
      <TextField name="end" type="date" label={labels.end} defaultValue={state?.values?.end ?? end} errors={errors?.end} />
      <SubmitButton>Zmień okres</SubmitButton>
    </form>
  );
}

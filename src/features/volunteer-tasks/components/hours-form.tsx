"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { logHoursAction } from "../actions";
import { HOURS_DAYS_AFTER } from "../period";

const labels = { workedOn: "Dzień", hours: "Liczba godzin", description: "Co robiłeś (nieobowiązkowo)" };

export function HoursForm({ taskId, prefill, backHref }: { taskId: string; prefill: { workedOn: string; hours: string }; backHref: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(logHoursAction, null);
  if (state?.ok) {
    return (
      <div role="status">
        <Notice tone="success" title={state.message ?? "Godziny wpisane."}>
          <a href={backHref} className="text-blue-800 underline">
            Wróć do moich zadań
          </a>
        </Notice>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v = state && !state.ok && state.values ? state.values : prefill;
  return (
    <form action={formAction} noValidate>
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      <input type="hidden" name="taskId" value={taskId} />
      <TextField
        name="workedOn"
        type="date"
        label={labels.workedOn}
        hint={`Dzień zadania albo do ${HOURS_DAYS_AFTER} dni po nim.`}
        defaultValue={v.workedOn}
        errors={errors?.workedOn}
        className="max-w-56"
      />
      <TextField
        name="hours"
        label={labels.hours}
        hint="Np. 4 albo 2,5. Wpisaliśmy czas trwania spotkania: popraw, jeśli było inaczej."
        inputMode="decimal"
        defaultValue={v.hours}
        errors={errors?.hours}
        className="max-w-32"
      />
      <TextArea name="description" label={labels.description} rows={2} defaultValue={state?.values?.description ?? ""} errors={errors?.description} />
      <SubmitButton pendingText="Zapisywanie…" className="min-h-12 w-full sm:w-auto">
        Wpisz godziny
      </SubmitButton>
    </form>
  );
}

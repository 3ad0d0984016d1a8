"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { referClientAction } from "../actions";

const labels = { target: "Dokąd kierujesz", startOn: "Proponowana data rozpoczęcia", note: "Uwagi dla koordynatora" };

export function ReferralForm({ contractId, targets, today }: { contractId: string; targets: { value: string; label: string }[]; today: string }) {
  const [state, formAction] = useActionState(referClientAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      {state?.ok ? <Notice tone="success" live title={state.message ?? "Skierowanie wysłane."} /> : null}
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      <input type="hidden" name="contractId" value={contractId} />
      <SelectField
        name="target"
        label={labels.target}
        hint="Udział w KIS wymaga obowiązującego kontraktu socjalnego w dniu rozpoczęcia."
        options={[{ value: "", label: "Wybierz" }, ...targets]}
        defaultValue={state?.values?.target ?? ""}
        errors={errors?.target}
      />
      <TextField name="startOn" type="date" label={labels.startOn} defaultValue={state?.values?.startOn ?? today} errors={errors?.startOn} />
      <TextArea
        name="note"
        label={labels.note}
        hint="Tylko to, co potrzebne do przyjęcia. Nie wpisuj tu informacji o zdrowiu ani innych danych szczególnie chronionych."
        defaultValue={state?.values?.note}
        errors={errors?.note}
      />
      <SubmitButton pendingText="Wysyłanie…">Skieruj klienta</SubmitButton>
    </form>
  );
}

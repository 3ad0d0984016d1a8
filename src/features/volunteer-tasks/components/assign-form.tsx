"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { assignVolunteerAction } from "../actions";
import { SavedNotice } from "@/components/ui/saved-notice";

export function AssignForm({ taskId, volunteers }: { taskId: string; volunteers: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState<FormState, FormData>(assignVolunteerAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <>
      <SavedNotice state={state} />
      <form action={formAction} noValidate className="max-w-xl">
        {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ volunteerId: "Wolontariusz" }} /> : null}
        <input type="hidden" name="taskId" value={taskId} />
        <SelectField
          name="volunteerId"
          label="Wolontariusz"
          options={[{ value: "", label: "Wybierz" }, ...volunteers]}
          defaultValue={state && !state.ok ? (state.values?.volunteerId ?? "") : ""}
          errors={errors?.volunteerId}
        />
        <SubmitButton pendingText="Przydzielanie…" className="min-h-12">
          Przydziel do zadania
        </SubmitButton>
      </form>
    </>
  );
}

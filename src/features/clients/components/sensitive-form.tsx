"use client";
// The client's special-category data: the art. 1 ust. 2 groups (in the statute's words) and notes.
// Saving is audited; so is every opening of the page.
import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { updateSensitiveAction } from "../actions";
import { ELIGIBILITY_LABELS } from "../labels";
import { StaleNotice } from "./stale-notice";

const labels = { groups: "Grupy z art. 1 ust. 2 ustawy o zatrudnieniu socjalnym", notes: "Notatki" };

export function SensitiveForm({
  participantId,
  groups,
  notes,
  loadedVersion,
  reloadHref,
}: {
  participantId: string;
  groups: string[];
  notes: string;
  loadedVersion: string;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(updateSensitiveAction, null);
  const failed = state && !state.ok ? state : null;
  const typed = failed?.values;
  return (
    <form action={formAction} noValidate>
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={labels} /> : null}
      <StaleNotice state={state} reloadHref={reloadHref} />
      <div role="status">{state?.ok && state.message ? <Notice tone="success" title={state.message} /> : null}</div>
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="loadedVersion" value={loadedVersion} />
      <CheckboxGroup
        name="groups"
        legend={labels.groups}
        hint="Zaznacz wszystkie, do których klient należy. Od nich zależy m.in. prawo do udziału w KIS."
        options={Object.entries(ELIGIBILITY_LABELS).map(([value, label]) => ({ value, label }))}
        checked={typed ? (typed.groups ? typed.groups.split("\n") : []) : groups}
        errors={failed?.fieldErrors?.groups}
      />
      <TextArea
        name="notes"
        label={labels.notes}
        hint="Tylko to, co jest potrzebne do pracy z klientem, np. orzeczenie o niepełnosprawności, terapia."
        rows={8}
        defaultValue={typed ? (typed.notes ?? "") : notes}
        errors={failed?.fieldErrors?.notes}
      />
      <SubmitButton>Zapisz dane szczególnie chronione</SubmitButton>
    </form>
  );
}

"use client";
// Closing a contract in force: completed (its goals reached), or terminated with the reason the
// regulation's practice knows; "other" needs a description.
import { useActionState } from "react";
import { RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { completeContractAction, terminateContractAction } from "../actions";
import { TERMINATION_LABELS } from "../labels";
import { ContractRef, StaleNotice } from "./form-status";

type Props = { contractId: string; version: number; today: string; closedOnHint: string; reloadHref: string };

export function CompleteForm({ contractId, version, today, closedOnHint, reloadHref }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(completeContractAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={{ closedOn: "Data zakończenia" }} /> : null}
      <StaleNotice state={state} reloadHref={reloadHref} />
      <ContractRef contractId={contractId} version={version} />
      <TextField
        name="closedOn"
        label="Data zakończenia"
        type="date"
        hint={closedOnHint}
        defaultValue={failed?.values?.closedOn ?? today}
        errors={failed?.fieldErrors?.closedOn}
        className="max-w-56"
      />
      <p className="mb-4 max-w-xl text-slate-700">Zakończonego kontraktu nie można już zmieniać ani oceniać.</p>
      <SubmitButton>Zakończ jako zrealizowany</SubmitButton>
    </form>
  );
}

const labels = { closedOn: "Data rozwiązania", reason: "Powód rozwiązania", note: "Opis powodu" };

export function TerminateForm({ contractId, version, today, closedOnHint, reloadHref }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(terminateContractAction, null);
  const failed = state && !state.ok ? state : null;
  const typed = failed?.values;
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={labels} /> : null}
      <StaleNotice state={state} reloadHref={reloadHref} />
      <ContractRef contractId={contractId} version={version} />
      <TextField
        name="closedOn"
        label={labels.closedOn}
        type="date"
        hint={closedOnHint}
        defaultValue={typed?.closedOn ?? today}
        errors={failed?.fieldErrors?.closedOn}
        className="max-w-56"
      />
      <RadioGroup
        name="reason"
        legend="Dlaczego kontrakt zostaje rozwiązany?"
        checked={typed?.reason}
        errors={failed?.fieldErrors?.reason}
        options={(["BREACHED", "REFUSED", "MOVED_AWAY", "OTHER"] as const).map((value) => ({
          value,
          label: TERMINATION_LABELS[value][0].toUpperCase() + TERMINATION_LABELS[value].slice(1),
        }))}
      />
      <TextArea
        name="note"
        label="Opis powodu"
        hint="Wymagany przy „Inny powód”; przy pozostałych możesz dopisać szczegóły."
        rows={3}
        defaultValue={typed?.note ?? ""}
        errors={failed?.fieldErrors?.note}
      />
      <p className="mb-4 max-w-xl text-slate-700">Rozwiązanego kontraktu nie można już zmieniać ani oceniać.</p>
      <SubmitButton variant="warning">Rozwiąż kontrakt</SubmitButton>
    </form>
  );
}

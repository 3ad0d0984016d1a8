"use client";
// The client's consents, each with the day it was given. An empty date means not given (or
// withdrawn): KIS participation needs voluntary consent, and photos need the image consent.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionStatus } from "@/features/offers/components/action-status";
import type { FormState } from "@/server/form";
import { updateConsentsAction } from "../actions";
import type { ConsentValues } from "../form-values";
import { CONSENT_LABELS } from "../labels";
import { StaleNotice } from "./stale-notice";

const HINTS: Record<keyof ConsentValues, string> = {
  consentParticipationOn: "Dzień, w którym klient zgodził się na udział, np. 2026-03-02. Puste, jeśli jeszcze się nie zgodził albo wycofał zgodę.",
  dataInfoGivenOn: "Dzień, w którym klient dostał informację o przetwarzaniu danych (RODO art. 13).",
  imageConsentOn: "Puste, jeśli klient nie zgodził się na zdjęcia i nagrania.",
};

export function ConsentsForm({
  participantId,
  version,
  saved,
  reloadHref,
}: {
  participantId: string;
  version: number;
  saved: ConsentValues;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(updateConsentsAction, null);
  const failed = state && !state.ok ? state : null;
  const field = (name: keyof ConsentValues) => ({
    name,
    label: CONSENT_LABELS[name],
    hint: HINTS[name],
    defaultValue: failed?.values ? (failed.values[name] ?? "") : saved[name],
    errors: failed?.fieldErrors?.[name],
  });
  return (
    <form action={formAction} noValidate>
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={{ ...CONSENT_LABELS }} /> : null}
      <StaleNotice state={state} reloadHref={reloadHref} />
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="version" value={version} />
      <TextField type="date" className="max-w-xs" {...field("consentParticipationOn")} />
      <TextField type="date" className="max-w-xs" {...field("dataInfoGivenOn")} />
      <TextField type="date" className="max-w-xs" {...field("imageConsentOn")} />
      <SubmitButton>Zapisz zgody</SubmitButton>
      <ActionStatus state={state?.ok ? state : null} />
    </form>
  );
}

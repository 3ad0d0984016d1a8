"use client";
// The assessment of the client's situation, as the template asks for it: causes, resources and
// possibilities, limitations.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { saveAssessmentAction } from "../actions";
import { SavedNotice } from "@/components/ui/saved-notice";
import { ContractRef, StaleNotice } from "./form-status";

const labels = { causes: "Przyczyny trudnej sytuacji", resources: "Zasoby i możliwości", limitations: "Ograniczenia" };
export type AssessmentValues = Record<keyof typeof labels, string>;

const HINTS: AssessmentValues = {
  causes: "Co doprowadziło do obecnej sytuacji, np. utrata pracy, choroba, zadłużenie.",
  resources: "Na czym można się oprzeć: umiejętności, wykształcenie, wsparcie bliskich, motywacja.",
  limitations: "Co utrudnia zmianę: np. stan zdrowia, opieka nad dziećmi, brak mieszkania.",
};

export function AssessmentForm({
  contractId,
  version,
  saved,
  reloadHref,
}: {
  contractId: string;
  version: number;
  saved: AssessmentValues;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(saveAssessmentAction, null);
  const failed = state && !state.ok ? state : null;
  const v: Record<string, string> = failed?.values ?? saved;
  return (
    <>
      <SavedNotice state={state} />
      <form action={formAction} noValidate className="max-w-3xl">
        {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={labels} /> : null}
        <StaleNotice state={state} reloadHref={reloadHref} />
        <ContractRef contractId={contractId} version={version} />
        {(Object.keys(labels) as (keyof typeof labels)[]).map((name) => (
          <TextArea key={name} name={name} label={labels[name]} hint={HINTS[name]} rows={5} defaultValue={v[name] ?? ""} errors={failed?.fieldErrors?.[name]} />
        ))}
        <SubmitButton>Zapisz ocenę sytuacji</SubmitButton>
      </form>
    </>
  );
}

"use client";
// Signing the draft: after the contract has been printed and signed on paper, the date of signing and
// of the first evaluation. What the contract still lacks is listed above the form (the page) and, if
// someone signs anyway, in the error summary, with links to the fields that supply it.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { signContractAction } from "../actions";
import { DETAILS_LABELS } from "./details-form";
import { ContractRef, StaleNotice } from "./form-status";

const labels = {
  ...DETAILS_LABELS,
  mainGoal: "Cel główny",
  "goals.0.text": "Cele szczegółowe",
  "actions.0.description": "Działania",
  signedOn: "Data podpisania",
  nextEvaluationOn: "Pierwsza ocena",
};

export function SignForm({
  contractId,
  version,
  initial,
  reloadHref,
}: {
  contractId: string;
  version: number;
  initial: { signedOn: string; nextEvaluationOn: string };
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(signContractAction, null);
  const failed = state && !state.ok ? state : null;
  const v: Record<string, string> = failed?.values ?? initial;
  const field = (name: "signedOn" | "nextEvaluationOn") => ({ name, label: labels[name], defaultValue: v[name] ?? "", errors: failed?.fieldErrors?.[name] });
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={labels} /> : null}
      <StaleNotice state={state} reloadHref={reloadHref} />
      <ContractRef contractId={contractId} version={version} />
      <TextField {...field("signedOn")} type="date" hint="Dzień, w którym klient i pracownik socjalny podpisali kontrakt." className="max-w-56" />
      <TextField
        {...field("nextEvaluationOn")}
        type="date"
        hint="Kiedy ocenisz z klientem, jak idzie realizacja. Po dniu podpisania, w okresie kontraktu."
        className="max-w-56"
      />
      <p className="mb-4 max-w-xl text-slate-700">Po podpisaniu części kontraktu nie można już zmieniać. Zmiany wprowadza się aneksem.</p>
      <SubmitButton pendingText="Zapisywanie…">Zapisz podpisanie kontraktu</SubmitButton>
    </form>
  );
}

"use client";
// A porozumienie wolontariackie: a new one, or the renewal of an earlier one (which starts after it).
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { addAgreementAction, renewAgreementAction } from "../actions";

const labels = { signedOn: "Data podpisania", scope: "Zakres świadczeń", startsOn: "Okres od", endsOn: "Okres do" };

export type AgreementValues = Record<keyof typeof labels, string>;

export function AgreementForm({
  volunteerId,
  renewsId,
  initial,
  startHint,
}: {
  /** A new agreement of this volunteer… */
  volunteerId?: string;
  /** …or the renewal of this agreement. */
  renewsId?: string;
  initial: AgreementValues;
  startHint?: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(renewsId ? renewAgreementAction : addAgreementAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const v = (name: keyof AgreementValues) => failed?.values?.[name] ?? initial[name];
  const field = (name: keyof AgreementValues) => ({ name, label: labels[name], defaultValue: v(name), errors: errors?.[name] });
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={labels} /> : null}
      {volunteerId ? <input type="hidden" name="volunteerId" value={volunteerId} /> : null}
      {renewsId ? <input type="hidden" name="agreementId" value={renewsId} /> : null}
      <TextField type="date" className="max-w-xs" {...field("signedOn")} />
      <TextArea hint="Jakie świadczenia wolontariusz wykonuje, np. pomoc przy spotkaniach Mamy Klub." {...field("scope")} />
      <TextField type="date" className="max-w-xs" hint={startHint} {...field("startsOn")} />
      <TextField type="date" className="max-w-xs" {...field("endsOn")} />
      <SubmitButton>{renewsId ? "Przedłuż porozumienie" : "Zapisz porozumienie"}</SubmitButton>
    </form>
  );
}

"use client";
// The contract's basic data: variant, when and where it is concluded, its period, the labour office's
// referral (variant B), its social worker and the art. 11 acknowledgement. Used to draw up a new
// contract (with the client) and to change a draft.
import { useActionState } from "react";
import { Checkbox, RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { createContractAction, saveDetailsAction } from "../actions";
import { typedDetails, type DetailsValues } from "../form-values";
import { ART_11, VARIANT_LABELS } from "../labels";
import { SavedNotice } from "@/components/ui/saved-notice";
import { ContractRef, StaleNotice } from "./form-status";

export const DETAILS_LABELS = {
  variant: "Wariant kontraktu",
  concludedOn: "Data zawarcia",
  place: "Miejsce zawarcia",
  periodStart: "Okres od",
  periodEnd: "Okres do",
  labourOfficeReferral: "Skierowanie z urzędu pracy",
  socialWorkerId: "Pracownik socjalny",
  consequencesAcknowledged: "Pouczenie z art. 11",
};

// The referral belongs to variant B: hidden while A is chosen (CSS :has; without it, always shown).
const onlyB = "group-has-[[name=variant][value=A]:checked]/details:hidden";

export type WorkerOption = { value: string; label: string };

type Target = { participantId: string; contractId?: never; version?: never } | { participantId?: never; contractId: string; version: number };

export function ContractDetailsForm({
  initial,
  socialWorkers,
  reloadHref,
  ...target
}: Target & { initial: DetailsValues; socialWorkers: WorkerOption[]; reloadHref: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(target.contractId ? saveDetailsAction : createContractAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const v = failed?.values ? typedDetails(failed.values, initial) : initial;
  const field = (name: Exclude<keyof DetailsValues, "consequencesAcknowledged">) => ({
    name,
    label: DETAILS_LABELS[name],
    defaultValue: v[name],
    errors: errors?.[name],
  });
  return (
    <>
      <SavedNotice state={state} />
      <form action={formAction} noValidate className="group/details max-w-3xl">
        {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={DETAILS_LABELS} /> : null}
        <StaleNotice state={state} reloadHref={reloadHref} />
        {target.contractId ? (
          <ContractRef contractId={target.contractId} version={target.version} />
        ) : (
          <input type="hidden" name="participantId" value={target.participantId} />
        )}
        <RadioGroup
          name="variant"
          legend="Który wariant kontraktu?"
          checked={v.variant}
          errors={errors?.variant}
          options={(["A", "B"] as const).map((value) => ({ value, label: VARIANT_LABELS[value].title, hint: VARIANT_LABELS[value].hint }))}
        />
        <TextField {...field("concludedOn")} type="date" hint="Dzień, w którym kontrakt zostanie albo został podpisany." className="max-w-56" />
        <TextField {...field("place")} hint="Miejscowość, np. Wejherowo." autoComplete="off" />
        <fieldset className="mb-2">
          <legend className="mb-2 text-lg font-bold">Na jaki okres?</legend>
          <p className="mb-4 text-slate-700">Terminy wszystkich działań muszą mieścić się w tym okresie.</p>
          <TextField {...field("periodStart")} type="date" hint="Np. dzień podpisania." className="max-w-56" />
          <TextField {...field("periodEnd")} type="date" hint="Nie wcześniej niż początek okresu." className="max-w-56" />
        </fieldset>
        <div className={onlyB}>
          <TextArea
            {...field("labourOfficeReferral")}
            label="Skierowanie z powiatowego urzędu pracy (nieobowiązkowe, tylko wariant B)"
            hint="Jeśli klient przyszedł ze skierowaniem: urząd, data i numer, np. PUP w Wejherowie, 20.02.2026, CAZ-123/26."
            rows={2}
          />
        </div>
        <SelectField {...field("socialWorkerId")} hint="Kto prowadzi kontrakt i go podpisuje." options={socialWorkers} />
        <fieldset className="mb-6">
          <legend className="mb-2 text-lg font-bold">Pouczenie</legend>
          <p className="mb-4 max-w-2xl border-l-4 border-slate-400 pl-4 text-slate-800">Art. 11 ust. 2 ustawy o pomocy społecznej: „{ART_11}”</p>
          <Checkbox
            name="consequencesAcknowledged"
            label="Klient został pouczony o skutkach odmowy zawarcia kontraktu i niedotrzymania jego postanowień"
            hint="Potrzebne przed podpisaniem. Szkic możesz zapisać bez tego."
            defaultChecked={v.consequencesAcknowledged}
          />
        </fieldset>
        <SubmitButton>{target.contractId ? "Zapisz dane kontraktu" : "Zapisz szkic kontraktu"}</SubmitButton>
      </form>
    </>
  );
}

"use client";
// A venue's address and accessibility, for adding and editing. Residents read both on the public
// pages, so a person using a wheelchair knows before setting out whether they can get in.
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { createVenueAction, updateVenueAction } from "../actions";

export type VenueFormValues = {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  district: string;
  stepFreeEntrance: boolean;
  lift: boolean;
  accessibleToilet: boolean;
  accessibilityNotes: string;
};

export const EMPTY_VENUE: VenueFormValues = {
  name: "",
  street: "",
  postalCode: "",
  city: "",
  district: "",
  stepFreeEntrance: false,
  lift: false,
  accessibleToilet: false,
  accessibilityNotes: "",
};

const labels = {
  name: "Nazwa miejsca",
  street: "Ulica i numer",
  postalCode: "Kod pocztowy",
  city: "Miejscowość",
  district: "Dzielnica lub osiedle",
  accessibilityNotes: "Inne informacje o dostępności",
};

const FEATURES = [
  { name: "stepFreeEntrance", label: "Wejście bez schodów", hint: "Poziome wejście albo podjazd." },
  { name: "lift", label: "Winda", hint: "Albo wszystkie sale na parterze." },
  { name: "accessibleToilet", label: "Toaleta dla osób z niepełnosprawnością" },
] as const;

export function VenueForm({ venueId, initial }: { venueId?: string; initial: VenueFormValues }) {
  const [state, formAction] = useActionState<FormState, FormData>(venueId ? updateVenueAction : createVenueAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const typed = failed?.values;
  const text = (name: keyof typeof labels) => ({
    name,
    label: labels[name],
    defaultValue: typed ? (typed[name] ?? "") : initial[name],
    errors: errors?.[name],
  });
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={labels} /> : null}
      <div role="status">{state?.ok && state.message ? <Notice tone="success" title={state.message} /> : null}</div>
      {venueId ? <input type="hidden" name="venueId" value={venueId} /> : null}
      <TextField autoComplete="off" hint="Tak, jak mówią o nim mieszkańcy, np. Centrum Aktywności Lokalnej (CAL)." {...text("name")} />
      <TextField autoComplete="off" hint="Np. ul. Porajów 14." {...text("street")} />
      <TextField autoComplete="off" inputMode="numeric" hint="Np. 03-188." {...text("postalCode")} />
      <TextField autoComplete="off" {...text("city")} />
      <TextField autoComplete="off" hint="Np. Tarchomin. Pomaga mieszkańcom szukać zajęć blisko domu." {...text("district")} />
      <fieldset className="mb-6">
        <legend className="mb-2 font-semibold text-slate-900">Dostępność</legend>
        <p className="mb-3 text-slate-700">Zaznacz to, co jest w tym miejscu.</p>
        {FEATURES.map((f) => (
          <Checkbox
            key={f.name}
            name={f.name}
            label={f.label}
            hint={"hint" in f ? f.hint : undefined}
            defaultChecked={typed ? typed[f.name] === "on" : initial[f.name]}
          />
        ))}
      </fieldset>
      <TextArea hint="Np. wejście od podwórza, pętla indukcyjna, miejsce parkingowe dla osób z niepełnosprawnością." {...text("accessibilityNotes")} />
      <SubmitButton>{venueId ? "Zapisz zmiany" : "Dodaj miejsce"}</SubmitButton>
    </form>
  );
}

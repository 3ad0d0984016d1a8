"use client";
// A new KIS edition: the club, its number, dates, places and one or more cycles. Empty cycle rows are
// left out, so a plain form (no script needed) offers a few and the coordinator fills what they need.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createEditionAction } from "../actions";

export const CYCLE_ROWS = 4;

const labels: Record<string, string> = {
  offerId: "Klub",
  number: "Numer edycji",
  startsOn: "Początek edycji",
  endsOn: "Koniec edycji",
  capacity: "Liczba miejsc",
  cycles: "Cykle",
  ...Object.fromEntries(
    Array.from({ length: CYCLE_ROWS }, (_, i) => [
      [`cycles.${i}.startsOn`, `Cykl ${i + 1}, początek`],
      [`cycles.${i}.endsOn`, `Cykl ${i + 1}, koniec`],
    ]).flat(),
  ),
};

export function EditionForm({ clubs }: { clubs: { id: string; name: string; nextNumber: number }[] }) {
  const [state, formAction] = useActionState(createEditionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state?.values;
  const first = clubs[0];
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      <SelectField
        name="offerId"
        label={labels.offerId}
        options={clubs.map((c) => ({ value: c.id, label: c.name }))}
        defaultValue={values?.offerId ?? first?.id}
        errors={errors?.offerId}
      />
      <TextField
        name="number"
        label={labels.number}
        hint={`Liczbą; na stronach pokażemy ją rzymską, np. „VI edycja”. Następny wolny numer: ${clubs.map((c) => (clubs.length > 1 ? `${c.name} – ${c.nextNumber}` : c.nextNumber)).join(", ")}.`}
        inputMode="numeric"
        className="max-w-32"
        defaultValue={values?.number ?? String(first?.nextNumber ?? 1)}
        errors={errors?.number}
      />
      <TextField name="startsOn" type="date" label={labels.startsOn} defaultValue={values?.startsOn} errors={errors?.startsOn} />
      <TextField name="endsOn" type="date" label={labels.endsOn} defaultValue={values?.endsOn} errors={errors?.endsOn} />
      <TextField
        name="capacity"
        label={labels.capacity}
        hint="Od 1 do 40; zwykle 15–18 osób."
        inputMode="numeric"
        className="max-w-32"
        defaultValue={values?.capacity ?? "15"}
        errors={errors?.capacity}
      />
      <h2 className="mt-8 mb-2 text-2xl font-bold">Cykle</h2>
      <p className="mb-2">Np. kwiecień–czerwiec i wrzesień–październik. Cykle następują po sobie i mieszczą się w czasie edycji; puste wiersze pomijamy.</p>
      {errors?.cycles ? (
        <p id="field-cycles" tabIndex={-1} className="mb-4 font-semibold text-red-800">
          <span className="sr-only">Błąd: </span>
          {errors.cycles.join(" ")}
        </p>
      ) : null}
      {Array.from({ length: CYCLE_ROWS }, (_, i) => (
        <fieldset key={i} className="mb-4 border-2 border-slate-300 p-4">
          <legend className="px-1 font-semibold">Cykl {i + 1}</legend>
          <div className="grid gap-x-6 sm:grid-cols-2">
            <TextField
              name={`cycles.${i}.startsOn`}
              type="date"
              label="Początek"
              defaultValue={values?.[`cycles.${i}.startsOn`]}
              errors={errors?.[`cycles.${i}.startsOn`]}
            />
            <TextField
              name={`cycles.${i}.endsOn`}
              type="date"
              label="Koniec"
              defaultValue={values?.[`cycles.${i}.endsOn`]}
              errors={errors?.[`cycles.${i}.endsOn`]}
            />
          </div>
        </fieldset>
      ))}
      <SubmitButton pendingText="Tworzenie…">Utwórz edycję</SubmitButton>
    </form>
  );
}

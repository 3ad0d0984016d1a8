"use client";
// A programme's indicators: each one editable in place (name, unit, target, achieved) or removed,
// and a form to add another.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { removeIndicatorAction, saveIndicatorAction } from "../actions";
import { ActionStatus } from "./action-status";
import { scoped } from "./scoped-errors";

export type IndicatorValues = { id: string; name: string; unit: string | null; target: number; achieved: number };

const labels = { name: "Nazwa wskaźnika", unit: "Jednostka", target: "Wartość docelowa", achieved: "Wartość osiągnięta" };

export function IndicatorForm({ offerId, indicator }: { offerId: string; indicator?: IndicatorValues }) {
  const [state, formAction] = useActionState<FormState, FormData>(saveIndicatorAction, null);
  const failed = state && !state.ok ? state : null;
  const s = scoped(`indicator-${indicator?.id ?? "new"}`);
  const saved = {
    name: indicator?.name ?? "",
    unit: indicator?.unit ?? "",
    target: String(indicator?.target ?? ""),
    achieved: String(indicator?.achieved ?? ""),
  };
  const field = (name: keyof typeof labels) => ({
    id: s.id(name),
    name,
    label: labels[name],
    defaultValue: failed?.values ? (failed.values[name] ?? "") : saved[name],
    errors: failed?.fieldErrors?.[name],
  });
  return (
    // After a save React resets the form to its defaults: the saved values, or empty for a new one.
    <form action={formAction} noValidate>
      {failed ? <ErrorSummary message={failed.message} fieldErrors={s.errors(failed.fieldErrors)} labels={s.labels(labels)} /> : null}
      <input type="hidden" name="offerId" value={offerId} />
      {indicator ? <input type="hidden" name="indicatorId" value={indicator.id} /> : null}
      <TextField autoComplete="off" hint={indicator ? undefined : "Np. liczba osób, które ukończyły program."} {...field("name")} />
      <div className="grid gap-x-6 sm:grid-cols-3">
        <TextField autoComplete="off" hint="Np. osoby, spotkania." {...field("unit")} />
        <TextField inputMode="numeric" hint="Liczba całkowita, 0 lub więcej." {...field("target")} />
        <TextField inputMode="numeric" hint="Na dziś; 0, jeśli jeszcze nic." {...field("achieved")} />
      </div>
      <SubmitButton variant={indicator ? "secondary" : "primary"} aria-label={indicator ? `Zapisz wskaźnik: ${indicator.name}` : undefined}>
        {indicator ? "Zapisz wskaźnik" : "Dodaj wskaźnik"}
      </SubmitButton>
      <ActionStatus state={state?.ok ? state : null} />
    </form>
  );
}

export function RemoveIndicatorForm({ offerId, indicator }: { offerId: string; indicator: IndicatorValues }) {
  const [state, formAction] = useActionState<FormState, FormData>(removeIndicatorAction, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(`Usunąć wskaźnik „${indicator.name}”?`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="indicatorId" value={indicator.id} />
      <SubmitButton variant="warning" pendingText="Usuwanie…" aria-label={`Usuń wskaźnik: ${indicator.name}`}>
        Usuń
      </SubmitButton>
      <ActionStatus state={state} />
    </form>
  );
}

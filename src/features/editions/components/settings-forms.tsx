"use client";
// The forms of an edition's settings: places, the next step, cycles and the team.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { EditionStatus } from "@/generated/prisma/enums";
import { addTeamMemberAction, advanceStatusAction, changeCapacityAction, removeTeamMemberAction, saveCyclesAction } from "../actions";
import { EDITION_STATUS_LABELS, EMPLOYMENT_BASES } from "../labels";

function Outcome({
  state,
  labels,
}: {
  state: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null;
  labels?: Record<string, string>;
}) {
  if (!state) return null;
  return state.ok ? (
    <Notice tone="success" live title={state.message ?? "Zapisano."} />
  ) : (
    <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} />
  );
}

export function CapacityForm({ editionId, capacity, taken }: { editionId: string; capacity: number; taken: number }) {
  const [state, formAction] = useActionState(changeCapacityAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <Outcome state={state} labels={{ capacity: "Liczba miejsc" }} />
      <input type="hidden" name="editionId" value={editionId} />
      <TextField
        name="capacity"
        label="Liczba miejsc"
        hint={`Od 1 do 40, nie mniej niż zajętych miejsc (${taken}). Gdy miejsc przybędzie, osoby z listy rezerwowej zostaną przyjęte w kolejności zapisu.`}
        inputMode="numeric"
        className="max-w-32"
        defaultValue={state?.values?.capacity ?? String(capacity)}
        errors={errors?.capacity}
      />
      <SubmitButton>Zmień liczbę miejsc</SubmitButton>
    </form>
  );
}

export function StatusForm({ editionId, next }: { editionId: string; next: EditionStatus }) {
  const [state, formAction] = useActionState(advanceStatusAction, null);
  return (
    <form action={formAction} noValidate>
      <Outcome state={state} />
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="to" value={next} />
      <SubmitButton variant={next === "FINISHED" ? "warning" : "primary"}>Przejdź do etapu „{EDITION_STATUS_LABELS[next]}”</SubmitButton>
    </form>
  );
}

type Cycle = { id: string; number: number; startsOn: string; endsOn: string };

export function CyclesForm({ editionId, cycles }: { editionId: string; cycles: Cycle[] }) {
  const [state, formAction] = useActionState(saveCyclesAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  // The cycles it has, then one empty row for a new one.
  const rows = [...cycles, { id: "", number: (cycles.at(-1)?.number ?? 0) + 1, startsOn: "", endsOn: "" }];
  const labels = Object.fromEntries(
    rows.flatMap((c, i) => [
      [`cycles.${i}.startsOn`, `Cykl ${c.number}, początek`],
      [`cycles.${i}.endsOn`, `Cykl ${c.number}, koniec`],
    ]),
  );
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <Outcome state={state} labels={{ cycles: "Cykle", ...labels }} />
      <input type="hidden" name="editionId" value={editionId} />
      {rows.map((c, i) => (
        <fieldset key={c.id || "new"} className="mb-4 border-2 border-slate-300 p-4">
          <legend className="px-1 font-semibold">{c.id ? `Cykl ${c.number}` : `Nowy cykl ${c.number} (opcjonalnie)`}</legend>
          {c.id ? <input type="hidden" name={`cycles.${i}.id`} value={c.id} /> : null}
          <div className="grid gap-x-6 sm:grid-cols-2">
            <TextField
              name={`cycles.${i}.startsOn`}
              type="date"
              label="Początek"
              defaultValue={values?.[`cycles.${i}.startsOn`] ?? c.startsOn}
              errors={errors?.[`cycles.${i}.startsOn`]}
            />
            <TextField
              name={`cycles.${i}.endsOn`}
              type="date"
              label="Koniec"
              defaultValue={values?.[`cycles.${i}.endsOn`] ?? c.endsOn}
              errors={errors?.[`cycles.${i}.endsOn`]}
            />
          </div>
        </fieldset>
      ))}
      <SubmitButton>Zapisz cykle</SubmitButton>
    </form>
  );
}

const teamLabels = { name: "Imię i nazwisko", function: "Funkcja", userId: "Pracownik ośrodka", basis: "Podstawa zatrudnienia", fte: "Wymiar etatu" };

export function TeamMemberForm({ editionId, staff }: { editionId: string; staff: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(addTeamMemberAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    // A new key after each success empties the fields for the next person.
    <form action={formAction} noValidate className="max-w-xl" key={state?.ok ? state.message : "form"}>
      <Outcome state={state} labels={teamLabels} />
      <input type="hidden" name="editionId" value={editionId} />
      <TextField name="name" label={teamLabels.name} autoComplete="off" defaultValue={values?.name} errors={errors?.name} />
      <TextField
        name="function"
        label={teamLabels.function}
        hint="Np. koordynatorka KIS, pracownik socjalny, psycholog, dietetyk, doradca zawodowy."
        defaultValue={values?.function}
        errors={errors?.function}
      />
      <SelectField
        name="userId"
        label={teamLabels.userId}
        hint="Jeśli ta osoba pracuje w ośrodku i ma konto w Razem."
        options={[{ value: "", label: "Nie dotyczy (specjalista z zewnątrz)" }, ...staff]}
        defaultValue={values?.userId ?? ""}
        errors={errors?.userId}
      />
      <SelectField
        name="basis"
        label={teamLabels.basis}
        hint="Do sprawozdania rocznego dla wojewody."
        options={[{ value: "", label: "Nie podano" }, ...EMPLOYMENT_BASES.map((b) => ({ value: b, label: b }))]}
        defaultValue={values?.basis ?? ""}
        errors={errors?.basis}
      />
      <TextField
        name="fte"
        label={teamLabels.fte}
        hint="Część etatu przeznaczona na KIS, np. 0,5."
        inputMode="decimal"
        className="max-w-32"
        defaultValue={values?.fte}
        errors={errors?.fte}
      />
      <SubmitButton>Dodaj do zespołu</SubmitButton>
    </form>
  );
}

export function RemoveMemberForm({ editionId, memberId, name }: { editionId: string; memberId: string; name: string }) {
  const [state, formAction] = useActionState(removeTeamMemberAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="editionId" value={editionId} />
      <input type="hidden" name="memberId" value={memberId} />
      <SubmitButton variant="secondary" pendingText="Usuwanie…" aria-label={`Usuń z zespołu: ${name}`}>
        Usuń
      </SubmitButton>
      {state && !state.ok ? (
        <p role="status" className="mt-1 font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

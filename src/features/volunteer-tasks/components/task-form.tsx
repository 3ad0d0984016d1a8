"use client";
import { useActionState } from "react";
import { Checkbox } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { createTaskAction } from "../actions";

type Option = { value: string; label: string };

const labels = {
  sessionId: "Spotkanie lub wydarzenie",
  role: "Rola wolontariusza",
  description: "Na czym polega zadanie (nieobowiązkowo)",
  needed: "Ilu wolontariuszy potrzeba",
  withdrawUntilDate: "Rezygnacja możliwa do dnia (nieobowiązkowo)",
  withdrawUntilTime: "do godziny (nieobowiązkowo)",
  coordinatorId: "Koordynator zadania",
};

export function TaskForm({
  sessions,
  coordinators,
  initial,
}: {
  sessions: Option[];
  coordinators: Option[];
  initial: { sessionId: string; coordinatorId: string };
}) {
  const [state, formAction] = useActionState<FormState, FormData>(createTaskAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v = state && !state.ok && state.values ? state.values : null;
  const field = (name: keyof typeof labels) => ({ name, label: labels[name], errors: errors?.[name] });
  return (
    <form action={formAction} noValidate className="max-w-xl">
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      <SelectField
        {...field("sessionId")}
        hint="Spotkania i wydarzenia z najbliższych 12 tygodni."
        options={[{ value: "", label: "Wybierz" }, ...sessions]}
        defaultValue={v?.sessionId ?? initial.sessionId}
      />
      <TextField {...field("role")} hint="Np. pomoc przy pikniku, korepetycje, opieka nad dziećmi." defaultValue={v?.role ?? ""} />
      <TextArea {...field("description")} rows={3} defaultValue={v?.description ?? ""} />
      <TextField {...field("needed")} inputMode="numeric" className="max-w-32" defaultValue={v?.needed ?? "1"} />
      <Checkbox
        name="withChildren"
        label="Zadanie z udziałem dzieci"
        hint="Przydzielić można tylko wolontariuszy z wpisaną datą sprawdzenia w rejestrze i zaświadczenia o niekaralności."
        defaultChecked={v ? v.withChildren === "on" : false}
      />
      <Checkbox
        name="openForSignup"
        label="Wolontariusze mogą się zgłaszać sami"
        hint="Zgłoszenia zatwierdza koordynator."
        defaultChecked={v ? v.openForSignup === "on" : true}
      />
      <TextField
        {...field("withdrawUntilDate")}
        type="date"
        hint="Bez daty: do rozpoczęcia spotkania."
        className="max-w-56"
        defaultValue={v?.withdrawUntilDate ?? ""}
      />
      <TextField {...field("withdrawUntilTime")} type="time" className="max-w-40" defaultValue={v?.withdrawUntilTime ?? ""} />
      <SelectField {...field("coordinatorId")} options={coordinators} defaultValue={v?.coordinatorId ?? initial.coordinatorId} />
      <SubmitButton pendingText="Dodawanie…" className="min-h-12">
        Dodaj zadanie
      </SubmitButton>
    </form>
  );
}

"use client";
// An amendment (aneks) to a contract in force: its date, what changes and why, and the change itself:
// a new end of the period, new deadlines of actions, a new action. Only what differs from the
// contract is recorded as a change.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { amendContractAction } from "../actions";
import { ContractRef, StaleNotice } from "./form-status";
import { responsibleOptions } from "./responsible-options";

export type ActionToAmend = { id: string; description: string; who: string; deadline: string; done: boolean };

export function AmendmentForm({
  contractId,
  version,
  variant,
  actions,
  goals,
  initial,
  hints,
  reloadHref,
}: {
  contractId: string;
  version: number;
  variant: "A" | "B";
  actions: ActionToAmend[];
  goals: { value: string; label: string }[];
  initial: { amendedOn: string; periodEnd: string };
  hints: { amendedOn: string; periodEnd: string };
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(amendContractAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const typed = failed?.values;
  const value = (name: string, saved: string) => typed?.[name] ?? saved;
  const labels: Record<string, string> = { amendedOn: "Data aneksu", description: "Na czym polega zmiana i dlaczego", periodEnd: "Okres do" };
  actions.forEach((a, i) => (labels[`deadlines.${a.id}`] = `Działanie ${i + 1}: termin`));
  Object.assign(labels, {
    "newAction.description": "Nowe działanie: na czym polega",
    "newAction.responsible": "Nowe działanie: kto odpowiada",
    "newAction.responsibleName": "Nowe działanie: nazwa lub imię i nazwisko",
    "newAction.deadline": "Nowe działanie: termin",
    "newAction.goal": "Nowe działanie: cel",
  });
  const field = (name: string) => ({ name, label: labels[name], errors: errors?.[name] });
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={errors} labels={labels} /> : null}
      <StaleNotice state={state} reloadHref={reloadHref} />
      <ContractRef contractId={contractId} version={version} />
      <TextField {...field("amendedOn")} type="date" hint={hints.amendedOn} defaultValue={value("amendedOn", initial.amendedOn)} className="max-w-56" />
      <TextArea
        {...field("description")}
        hint="Np. „Przedłużenie kontraktu o dwa miesiące w związku z udziałem klienta w KIS”."
        rows={3}
        defaultValue={value("description", "")}
      />

      <h2 className="mb-2 mt-8 text-2xl font-bold">Okres kontraktu</h2>
      <TextField {...field("periodEnd")} type="date" hint={hints.periodEnd} defaultValue={value("periodEnd", initial.periodEnd)} className="max-w-56" />

      <h2 className="mb-2 mt-8 text-2xl font-bold">Terminy działań</h2>
      <p className="mb-4 text-slate-700">Zmień termin tylko tych działań, których dotyczy aneks.</p>
      <ol className="mb-8 space-y-4">
        {actions.map((a, i) => (
          <li key={a.id} className="border-l-4 border-slate-300 pl-4">
            <TextField
              {...field(`deadlines.${a.id}`)}
              label={`Działanie ${i + 1}: ${a.description}`}
              hint={`Odpowiada: ${a.who}.${a.done ? " Zrealizowane." : ""}`}
              type="date"
              defaultValue={value(`deadlines.${a.id}`, a.deadline)}
              className="max-w-56"
            />
          </li>
        ))}
      </ol>

      <fieldset className="mb-8">
        <legend className="mb-2 text-2xl font-bold">Nowe działanie (nieobowiązkowe)</legend>
        <p className="mb-4 text-slate-700">Zostaw puste, jeśli aneks nie dodaje działania.</p>
        <TextArea {...field("newAction.description")} label="Na czym polega" rows={2} defaultValue={value("newAction.description", "")} />
        <SelectField
          {...field("newAction.responsible")}
          label="Kto odpowiada"
          defaultValue={value("newAction.responsible", "")}
          options={[{ value: "", label: "Wybierz" }, ...responsibleOptions(variant)]}
        />
        <TextField
          {...field("newAction.responsibleName")}
          label="Nazwa instytucji albo imię i nazwisko członka rodziny"
          hint="Wpisz, gdy odpowiada instytucja albo członek rodziny."
          defaultValue={value("newAction.responsibleName", "")}
          autoComplete="off"
        />
        <TextField {...field("newAction.deadline")} label="Termin wykonania" type="date" defaultValue={value("newAction.deadline", "")} className="max-w-56" />
        <SelectField
          {...field("newAction.goal")}
          label="Którego celu dotyczy (nieobowiązkowe)"
          defaultValue={value("newAction.goal", "")}
          options={[{ value: "", label: "Bez wskazanego celu" }, ...goals]}
        />
      </fieldset>
      <SubmitButton>Zapisz aneks</SubmitButton>
    </form>
  );
}

"use client";
// The main goal, the specific goals and the actions of each party, in one form: an action can point
// at a goal written down in the same sitting. Rows can be added, removed and reordered; the order on
// screen is the order in the contract. Empty rows are ignored.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId, SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { saveGoalsAction } from "../actions";
import { emptyAction, typedGoals, type ActionValues, type GoalValues, type GoalsValues } from "../form-values";
import { SavedNotice } from "@/components/ui/saved-notice";
import { ContractRef, StaleNotice } from "./form-status";
import { AddRowButton, Announcer, moveFocus, RowButtons, startRows, useRowList } from "./row-list";
import { summaryLabels, type RowNames } from "./summary-labels";
import { responsibleOptions } from "./responsible-options";

const ROWS: RowNames = {
  goals: { one: "Cel szczegółowy", fields: {} },
  actions: {
    one: "Działanie",
    fields: { description: "na czym polega", responsible: "kto odpowiada", responsibleName: "nazwa lub imię i nazwisko", deadline: "termin", goal: "cel" },
  },
};

type Errors = Record<string, string[]> | undefined;

export function GoalsForm({
  contractId,
  version,
  variant,
  periodText,
  saved,
  reloadHref,
}: {
  contractId: string;
  version: number;
  variant: "A" | "B";
  /** "2.03.2026–31.08.2026", for the deadlines' hint. */
  periodText: string;
  saved: GoalsValues;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(saveGoalsAction, null);
  const failed = state && !state.ok ? state : null;
  const source = failed?.values ? typedGoals(failed.values) : saved;
  return (
    <>
      <SavedNotice state={state} />
      <form action={formAction} noValidate className="max-w-3xl">
        {failed ? (
          <ErrorSummary
            message={failed.message}
            fieldErrors={failed.fieldErrors}
            labels={summaryLabels(failed.fieldErrors, { mainGoal: "Cel główny" }, ROWS)}
          />
        ) : null}
        <StaleNotice state={state} reloadHref={reloadHref} />
        <ContractRef contractId={contractId} version={version} />
        <TextArea
          name="mainGoal"
          label="Cel główny"
          hint="Co klient chce osiągnąć dzięki kontraktowi, np. podjęcie stałej pracy."
          rows={2}
          defaultValue={source.mainGoal}
          errors={failed?.fieldErrors?.mainGoal}
        />
        {/* Built again from the saved or typed rows whenever those change. */}
        <GoalAndActionLists key={JSON.stringify(source)} initial={source} variant={variant} periodText={periodText} errors={failed?.fieldErrors} />
        <SubmitButton>Zapisz cele i działania</SubmitButton>
      </form>
    </>
  );
}

function GoalAndActionLists({ initial, variant, periodText, errors }: { initial: GoalsValues; variant: "A" | "B"; periodText: string; errors: Errors }) {
  // A saved goal keeps its id as its key; actions choose goals by key.
  const goals = useRowList<GoalValues>(startRows(initial.goals, { key: "", text: "" }, (g) => g.key));
  const actions = useRowList<ActionValues>(startRows(initial.actions, emptyAction()));
  const goalOptions = [
    { value: "", label: "Bez wskazanego celu" },
    ...goals.rows.map((g, i) => ({ value: g.id, label: `Cel ${i + 1}${g.values.text ? `: ${shorten(g.values.text)}` : ""}` })),
  ];
  return (
    <>
      <Announcer text={goals.announcement || actions.announcement} />
      <fieldset className="mb-8">
        <legend className="mb-2 text-lg font-bold">Cele szczegółowe</legend>
        <p className="mb-4 text-slate-700">Kroki do celu głównego, np. ukończenie kursu, uregulowanie zaległości. Potrzebny co najmniej jeden.</p>
        <ol className="space-y-2">
          {goals.rows.map((row, i) => {
            const name = `cel szczegółowy ${i + 1}`;
            return (
              <li key={row.id} className="border-l-4 border-slate-300 pl-4">
                <input type="hidden" name={`goals.${i}.key`} value={row.id} />
                <TextArea
                  name={`goals.${i}.text`}
                  id={fieldId(`goals.${i}.text`)}
                  label={`Cel szczegółowy ${i + 1}`}
                  rows={2}
                  value={row.values.text}
                  onChange={(e) => goals.update(row.id, { text: e.target.value })}
                  errors={errors?.[`goals.${i}.text`]}
                />
                <RowButtons
                  rowId={`goal-${row.id}`}
                  index={i}
                  count={goals.rows.length}
                  name={name}
                  onMove={(by) => goals.move(row.id, by, moveFocus(`goal-${row.id}`, by, i + by, goals.rows.length), `Przesunięto: ${name}.`)}
                  onRemove={() => goals.remove(row.id, "goals-add", `Usunięto: ${name}.`)}
                />
              </li>
            );
          })}
        </ol>
        <AddRowButton id="goals-add" onClick={() => goals.add({ key: "", text: "" }, fieldId(`goals.${goals.rows.length}.text`), "Dodano cel szczegółowy.")}>
          Dodaj cel szczegółowy
        </AddRowButton>
      </fieldset>

      <fieldset className="mb-8">
        <legend className="mb-2 text-lg font-bold">Działania</legend>
        <p className="mb-4 text-slate-700">
          Co kto zrobi i do kiedy. Terminy muszą przypadać w okresie kontraktu: {periodText}. Potrzebne co najmniej jedno działanie.
        </p>
        <ol className="space-y-2">
          {actions.rows.map((row, i) => {
            const name = `działanie ${i + 1}`;
            const f = (field: keyof ActionValues) => ({
              name: `actions.${i}.${field}`,
              id: fieldId(`actions.${i}.${field}`),
              errors: errors?.[`actions.${i}.${field}`],
            });
            return (
              <li key={row.id} className="border-l-4 border-slate-300 pl-4">
                <p className="mb-2 font-semibold">Działanie {i + 1}</p>
                <TextArea {...f("description")} label="Na czym polega" rows={2} defaultValue={row.values.description} />
                <SelectField
                  {...f("responsible")}
                  label="Kto odpowiada"
                  defaultValue={row.values.responsible}
                  options={[{ value: "", label: "Wybierz" }, ...responsibleOptions(variant)]}
                />
                <TextField
                  {...f("responsibleName")}
                  label="Nazwa instytucji albo imię i nazwisko członka rodziny"
                  hint="Wpisz, gdy odpowiada instytucja albo członek rodziny."
                  defaultValue={row.values.responsibleName}
                  autoComplete="off"
                />
                <TextField {...f("deadline")} label="Termin wykonania" type="date" defaultValue={row.values.deadline} className="max-w-56" />
                <SelectField {...f("goal")} label="Którego celu dotyczy (nieobowiązkowe)" defaultValue={row.values.goal} options={goalOptions} />
                <RowButtons
                  rowId={`action-${row.id}`}
                  index={i}
                  count={actions.rows.length}
                  name={name}
                  onMove={(by) => actions.move(row.id, by, moveFocus(`action-${row.id}`, by, i + by, actions.rows.length), `Przesunięto: ${name}.`)}
                  onRemove={() => actions.remove(row.id, "actions-add", `Usunięto: ${name}.`)}
                />
              </li>
            );
          })}
        </ol>
        <AddRowButton id="actions-add" onClick={() => actions.add(emptyAction(), fieldId(`actions.${actions.rows.length}.description`), "Dodano działanie.")}>
          Dodaj działanie
        </AddRowButton>
      </fieldset>
    </>
  );
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

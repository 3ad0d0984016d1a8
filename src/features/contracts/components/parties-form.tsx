"use client";
// The parties besides the client and the social worker: family members (variant A) and the
// institutions taking part. Rows can be added and removed; empty rows are ignored.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { savePartiesAction } from "../actions";
import { typedParties, type PartiesValues } from "../form-values";
import { SavedNotice } from "@/components/ui/saved-notice";
import { ContractRef, StaleNotice } from "./form-status";
import { AddRowButton, Announcer, moveFocus, RowButtons, startRows, useRowList } from "./row-list";
import { summaryLabels, type RowNames } from "./summary-labels";

const ROWS: RowNames = {
  family: { one: "Członek rodziny", fields: { name: "imię i nazwisko", role: "kim jest dla klienta" } },
  institutions: { one: "Instytucja", fields: { name: "nazwa" } },
};

type Errors = Record<string, string[]> | undefined;

export function PartiesForm({
  contractId,
  version,
  variant,
  saved,
  reloadHref,
}: {
  contractId: string;
  version: number;
  variant: "A" | "B";
  saved: PartiesValues;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(savePartiesAction, null);
  const failed = state && !state.ok ? state : null;
  const source = failed?.values ? typedParties(failed.values) : saved;
  return (
    <>
      <SavedNotice state={state} />
      <form action={formAction} noValidate className="max-w-3xl">
        {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={summaryLabels(failed.fieldErrors, {}, ROWS)} /> : null}
        <StaleNotice state={state} reloadHref={reloadHref} />
        <ContractRef contractId={contractId} version={version} />
        {/* Built again from the saved or typed rows whenever those change. */}
        <PartyLists key={JSON.stringify(source)} initial={source} variant={variant} errors={failed?.fieldErrors} />
        <SubmitButton>Zapisz strony kontraktu</SubmitButton>
      </form>
    </>
  );
}

function PartyLists({ initial, variant, errors }: { initial: PartiesValues; variant: "A" | "B"; errors: Errors }) {
  const family = useRowList(startRows(initial.family, { name: "", role: "" }));
  const institutions = useRowList(startRows(initial.institutions, { name: "" }));
  const id = (key: string) => fieldId(key);
  return (
    <>
      <Announcer text={family.announcement || institutions.announcement} />
      {variant === "A" ? (
        <fieldset className="mb-8">
          <legend className="mb-2 text-lg font-bold">Członkowie rodziny</legend>
          <p className="mb-4 text-slate-700">
            Osoby z rodziny, które są stronami kontraktu i go podpisują. Zostaw puste, jeśli kontrakt dotyczy tylko klienta.
          </p>
          <ol className="space-y-2">
            {family.rows.map((row, i) => {
              const name = `członek rodziny ${i + 1}`;
              return (
                <li key={row.id} className="border-l-4 border-slate-300 pl-4">
                  <p className="mb-2 font-semibold">Członek rodziny {i + 1}</p>
                  <TextField
                    name={`family.${i}.name`}
                    id={id(`family.${i}.name`)}
                    label="Imię i nazwisko"
                    defaultValue={row.values.name}
                    errors={errors?.[`family.${i}.name`]}
                    autoComplete="off"
                  />
                  <TextField
                    name={`family.${i}.role`}
                    id={id(`family.${i}.role`)}
                    label="Kim jest dla klienta"
                    hint="Np. żona, syn, matka."
                    defaultValue={row.values.role}
                    errors={errors?.[`family.${i}.role`]}
                    autoComplete="off"
                  />
                  <RowButtons
                    rowId={`family-${row.id}`}
                    index={i}
                    count={family.rows.length}
                    name={name}
                    onMove={(by) => family.move(row.id, by, moveFocus(`family-${row.id}`, by, i + by, family.rows.length), `Przesunięto: ${name}.`)}
                    onRemove={() => family.remove(row.id, "family-add", `Usunięto: ${name}.`)}
                  />
                </li>
              );
            })}
          </ol>
          <AddRowButton id="family-add" onClick={() => family.add({ name: "", role: "" }, id(`family.${family.rows.length}.name`), "Dodano członka rodziny.")}>
            Dodaj członka rodziny
          </AddRowButton>
        </fieldset>
      ) : null}
      <fieldset className="mb-8">
        <legend className="mb-2 text-lg font-bold">Instytucje</legend>
        <p className="mb-4 text-slate-700">
          Instytucje, które współdziałają w realizacji kontraktu, np. Powiatowy Urząd Pracy, poradnia, szkoła. Instytucje wskazane przy działaniach pojawią się
          w kontrakcie same.
        </p>
        <ol className="space-y-2">
          {institutions.rows.map((row, i) => {
            const name = `instytucja ${i + 1}`;
            return (
              <li key={row.id} className="border-l-4 border-slate-300 pl-4">
                <TextField
                  name={`institutions.${i}.name`}
                  id={id(`institutions.${i}.name`)}
                  label={`Instytucja ${i + 1}: nazwa`}
                  defaultValue={row.values.name}
                  errors={errors?.[`institutions.${i}.name`]}
                  autoComplete="off"
                />
                <RowButtons
                  rowId={`institution-${row.id}`}
                  index={i}
                  count={institutions.rows.length}
                  name={name}
                  onMove={(by) =>
                    institutions.move(row.id, by, moveFocus(`institution-${row.id}`, by, i + by, institutions.rows.length), `Przesunięto: ${name}.`)
                  }
                  onRemove={() => institutions.remove(row.id, "institutions-add", `Usunięto: ${name}.`)}
                />
              </li>
            );
          })}
        </ol>
        <AddRowButton
          id="institutions-add"
          onClick={() => institutions.add({ name: "" }, id(`institutions.${institutions.rows.length}.name`), "Dodano instytucję.")}
        >
          Dodaj instytucję
        </AddRowButton>
      </fieldset>
    </>
  );
}

"use client";
// A client's ordinary data, for adding and editing: who they are, how to reach them, where they
// live, and their social worker. Special-category data is never part of this form.
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { createClientAction, updateClientAction } from "../actions";
import type { ClientFormState } from "../duplicate-link";
import { typedClientValues, type ClientFormValues } from "../form-values";
import { SEX_LABELS } from "../labels";
import { StaleNotice } from "./stale-notice";

export type SocialWorkerOption = { userId: string; name: string; current: boolean };

const labels = {
  firstName: "Imię",
  lastName: "Nazwisko",
  pesel: "PESEL (nieobowiązkowo)",
  birthYear: "Rok urodzenia (nieobowiązkowo)",
  sex: "Płeć",
  phone: "Telefon (nieobowiązkowo)",
  email: "E-mail (nieobowiązkowo)",
  street: "Ulica i numer domu (nieobowiązkowo)",
  postalCode: "Kod pocztowy (nieobowiązkowo)",
  city: "Miejscowość (nieobowiązkowo)",
  district: "Dzielnica lub sołectwo (nieobowiązkowo)",
  socialWorkerId: "Pracownik socjalny",
};

function FormSection({ title, level, children }: { title: string; level: 2 | 3; children: ReactNode }) {
  const H = `h${level}` as const;
  return (
    <section className="mb-8">
      <H className="mb-4 text-xl font-bold">{title}</H>
      {children}
    </section>
  );
}

export function ClientForm({
  participantId,
  version,
  initial,
  socialWorkers,
  reloadHref,
  headingLevel = 2,
}: {
  /** Editing this client; without it, a new one is added. */
  participantId?: string;
  version?: number;
  initial: ClientFormValues;
  socialWorkers: SocialWorkerOption[];
  reloadHref?: string;
  headingLevel?: 2 | 3;
}) {
  const [state, formAction] = useActionState<ClientFormState, FormData>(participantId ? updateClientAction : createClientAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const v = failed?.values ? typedClientValues(failed.values, initial) : initial;
  const text = (name: keyof typeof labels) => ({ name, label: labels[name], defaultValue: v[name], errors: errors?.[name] });
  const workerOptions = [
    { value: "", label: "Nie przydzielono" },
    ...socialWorkers.map((w) => ({ value: w.userId, label: w.current ? w.name : `${w.name} (nie pracuje już jako pracownik socjalny)` })),
  ];
  return (
    <form action={formAction} noValidate>
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={labels} /> : null}
      <StaleNotice state={state} reloadHref={reloadHref} />
      <div role="status">{state?.ok && state.message ? <Notice tone="success" title={state.message} /> : null}</div>
      {participantId ? <input type="hidden" name="participantId" value={participantId} /> : null}
      {/* Controlled, so a refresh after another save on this page hands the form the new version. */}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}

      <FormSection level={headingLevel} title="Dane osobowe">
        <TextField autoComplete="off" spellCheck={false} {...text("firstName")} />
        <TextField autoComplete="off" spellCheck={false} {...text("lastName")} />
        <TextField autoComplete="off" inputMode="numeric" className="max-w-xs" hint="11 cyfr. Z numeru odczytamy rok urodzenia i płeć." {...text("pesel")} />
        {failed && state?.duplicate ? (
          <p className="-mt-4 mb-6">
            <Link href={state.duplicate.path} className="font-semibold text-blue-800 underline">
              Otwórz kartotekę: {state.duplicate.name}
            </Link>
          </p>
        ) : null}
        <TextField
          autoComplete="off"
          inputMode="numeric"
          className="max-w-xs"
          hint="Np. 1975. Jeśli podajesz PESEL, możesz zostawić puste."
          {...text("birthYear")}
        />
        <RadioGroup
          name="sex"
          legend={labels.sex}
          hint="Potrzebna do sprawozdań. Jeśli podajesz PESEL, możesz nie zaznaczać."
          options={Object.entries(SEX_LABELS).map(([value, label]) => ({ value, label }))}
          checked={v.sex}
          errors={errors?.sex}
        />
      </FormSection>

      <FormSection level={headingLevel} title="Kontakt">
        <TextField type="tel" autoComplete="off" hint="Np. 600 100 200." {...text("phone")} />
        <TextField type="email" autoComplete="off" spellCheck={false} {...text("email")} />
      </FormSection>

      <FormSection level={headingLevel} title="Adres">
        <TextField autoComplete="off" hint="Np. ul. Porajów 14 m. 5." {...text("street")} />
        <TextField autoComplete="off" inputMode="numeric" className="max-w-xs" hint="Np. 03-188." {...text("postalCode")} />
        <TextField autoComplete="off" {...text("city")} />
        <TextField autoComplete="off" hint="Rejon pracy socjalnej, np. Tarchomin." {...text("district")} />
      </FormSection>

      <FormSection level={headingLevel} title="Pracownik socjalny">
        <SelectField
          hint="Kto prowadzi sprawę klienta. Można wybrać pracownika socjalnego albo administratora ośrodka."
          options={workerOptions}
          {...text("socialWorkerId")}
        />
      </FormSection>

      <SubmitButton>{participantId ? "Zapisz zmiany" : "Załóż kartotekę"}</SubmitButton>
    </form>
  );
}

"use client";
// A volunteer's profile, for adding and editing. Of the checks needed for work with children only
// the dates are asked for: the contents of the register and the certificate are never written down.
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { createVolunteerAction, updateVolunteerAction } from "../actions";
import { typedVolunteerValues, type VolunteerFormValues } from "../form-values";
import { SEX_LABELS } from "../labels";

const labels: Record<keyof VolunteerFormValues, string> = {
  firstName: "Imię",
  lastName: "Nazwisko",
  birthYear: "Rok urodzenia",
  sex: "Płeć (nieobowiązkowo)",
  guardianConsentOn: "Data zgody rodzica lub opiekuna prawnego",
  phone: "Telefon (nieobowiązkowo)",
  email: "E-mail (nieobowiązkowo)",
  strand: "Nurt wolontariatu (nieobowiązkowo)",
  skills: "Umiejętności i zainteresowania (nieobowiązkowo)",
  availability: "Dostępność (nieobowiązkowo)",
  registerCheckOn: "Data sprawdzenia w Rejestrze Sprawców Przestępstw na Tle Seksualnym",
  criminalRecordOn: "Data zaświadczenia o niekaralności",
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mb-8">
      <h2 className="mb-4 text-xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

export function VolunteerForm({ volunteerId, initial, strands }: { volunteerId?: string; initial: VolunteerFormValues; strands: string[] }) {
  const [state, formAction] = useActionState<FormState, FormData>(volunteerId ? updateVolunteerAction : createVolunteerAction, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors;
  const v = failed?.values ? typedVolunteerValues(failed.values, initial) : initial;
  const field = (name: keyof VolunteerFormValues) => ({ name, label: labels[name], defaultValue: v[name], errors: errors?.[name] });
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={failed.fieldErrors} labels={labels} /> : null}
      {volunteerId ? <input type="hidden" name="volunteerId" value={volunteerId} /> : null}

      <Section title="Dane osobowe">
        <TextField autoComplete="off" spellCheck={false} {...field("firstName")} />
        <TextField autoComplete="off" spellCheck={false} {...field("lastName")} />
        <TextField
          autoComplete="off"
          inputMode="numeric"
          className="max-w-xs"
          hint="Cztery cyfry, np. 1958. Wolontariusze mają od 13 do 84 lat."
          {...field("birthYear")}
        />
        <TextField
          type="date"
          className="max-w-xs"
          hint="Tylko dla osób, które w tym roku mają mniej niż 18 lat: zgoda jest wtedy warunkiem wolontariatu."
          {...field("guardianConsentOn")}
        />
        <SelectField
          hint="Potrzebna tylko do sprawozdań dla ministerstwa."
          options={[{ value: "", label: "Nie podano" }, ...Object.entries(SEX_LABELS).map(([value, label]) => ({ value, label }))]}
          {...field("sex")}
        />
      </Section>

      <Section title="Kontakt">
        <TextField type="tel" autoComplete="off" hint="Np. 600 100 200." {...field("phone")} />
        <TextField type="email" autoComplete="off" spellCheck={false} {...field("email")} />
      </Section>

      <Section title="Wolontariat">
        <TextField autoComplete="off" list="volunteer-strands" hint="Np. seniorzy, Mamy Klub, Dialog Międzypokoleniowy." {...field("strand")} />
        <datalist id="volunteer-strands">
          {strands.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <TextArea hint="Każda w osobnym wierszu, np. korepetycje z matematyki." {...field("skills")} />
        <TextField autoComplete="off" hint="Np. popołudnia w tygodniu, soboty." {...field("availability")} />
      </Section>

      <Section title="Sprawdzenia do pracy z dziećmi">
        <p className="mb-6">
          Wpisz tylko daty. Nie zapisuj treści informacji z rejestru ani zaświadczenia. Bez obu dat wolontariusz nie może pomagać przy zajęciach z dziećmi.
        </p>
        <TextField type="date" className="max-w-xs" {...field("registerCheckOn")} />
        <TextField type="date" className="max-w-xs" {...field("criminalRecordOn")} />
      </Section>

      <SubmitButton>{volunteerId ? "Zapisz zmiany" : "Dodaj wolontariusza"}</SubmitButton>
    </form>
  );
}

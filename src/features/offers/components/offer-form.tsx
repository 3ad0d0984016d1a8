"use client";
// The form of a club, group or programme: the same for adding and editing. Fields of other types
// are not shown; the type itself is chosen before (offers/new) and never changes.
import { useActionState, type ReactNode } from "react";
import { CheckboxGroup, Checkbox, RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { OfferType } from "@/generated/prisma/enums";
import type { FormState } from "@/server/form";
import { createOfferAction, updateOfferAction } from "../actions";
import { typedOfferValues, type OfferFormValues } from "../form-values";
import { AUDIENCE_LABELS, CLUB_KIND_LABELS, JOIN_MODE_LABELS, OFFER_TYPE_LABELS } from "../labels";
import { ProgrammeFields, PROGRAMME_LABELS } from "./programme-fields";

type Option = { value: string; label: string };

const labels = {
  type: "Rodzaj oferty",
  name: "Nazwa",
  clubKind: "Rodzaj klubu",
  ...PROGRAMME_LABELS.kind,
  topic: "Temat grupy",
  facilitator: "Kto prowadzi grupę",
  description: "Opis",
  audience: "Dla kogo – własnymi słowami",
  audiences: "Dla kogo – w wyszukiwarce",
  ...PROGRAMME_LABELS.details,
  joinMode: "Jak można dołączyć",
  howToJoin: "Jak się zapisać",
  contactPhone: "Telefon kontaktowy",
  contactEmail: "E-mail kontaktowy",
  defaultVenueId: "Miejsce spotkań",
  parentId: "Program, w ramach którego działa",
};

const NAME_HINTS: Record<OfferType, string> = {
  CLUB: "Tak, jak zobaczą ją mieszkańcy, np. Klub Seniora WRZOS.",
  GROUP: "Np. Grupa wsparcia dla osób w kryzysie psychicznym.",
  PROGRAMME: "Np. Program Aktywności Lokalnej „Razem na Zaciszu” 2026.",
};

function FormSection({ title, children, level }: { title: string; children: ReactNode; level: 2 | 3 }) {
  const H = `h${level}` as const;
  return (
    <section className="mb-8">
      <H className="mb-4 text-xl font-bold">{title}</H>
      {children}
    </section>
  );
}

export function OfferForm({
  type,
  offerId,
  initial,
  venues,
  programmes,
  headingLevel = 2,
}: {
  type: OfferType;
  /** Editing this offer; without it, a new one is added. */
  offerId?: string;
  initial: OfferFormValues;
  venues: Option[];
  programmes: Option[];
  headingLevel?: 2 | 3;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(offerId ? updateOfferAction : createOfferAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v = state && !state.ok && state.values ? typedOfferValues(state.values, initial) : initial;
  const text = (name: keyof OfferFormValues) => ({ name, defaultValue: v[name] as string, errors: errors?.[name] });
  return (
    <form action={formAction} noValidate>
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      <div role="status">{state?.ok && state.message ? <Notice tone="success" title={state.message} /> : null}</div>
      <input type="hidden" name="type" value={type} />
      {offerId ? <input type="hidden" name="offerId" value={offerId} /> : null}

      <FormSection level={headingLevel} title="Podstawowe informacje">
        <TextField label={labels.name} hint={NAME_HINTS[type]} autoComplete="off" {...text("name")} />
        {type === "CLUB" ? (
          <SelectField
            label={labels.clubKind}
            options={[{ value: "", label: "Wybierz rodzaj klubu" }, ...Object.entries(CLUB_KIND_LABELS).map(([value, label]) => ({ value, label }))]}
            {...text("clubKind")}
          />
        ) : null}
        {type === "PROGRAMME" ? <ProgrammeFields part="kind" values={v} errors={errors} /> : null}
        {type === "GROUP" ? (
          <>
            <TextField label={labels.topic} hint="Np. uzależnienia, żałoba, rodzicielstwo, choroba nowotworowa." {...text("topic")} />
            <TextField label={labels.facilitator} hint="Np. psycholog Anna Nowak albo „grupa samopomocowa, bez prowadzącego”." {...text("facilitator")} />
          </>
        ) : null}
        <TextArea label={labels.description} hint="Co się dzieje na spotkaniach, prostymi słowami." rows={6} {...text("description")} />
      </FormSection>

      <FormSection level={headingLevel} title="Dla kogo">
        <TextField label={labels.audience} hint="Np. dla mam z dziećmi w wieku 0–4 lat, dla osób 60+." {...text("audience")} />
        <CheckboxGroup
          name="audiences"
          legend={labels.audiences}
          hint="Zaznacz wszystkie pasujące. Po nich mieszkańcy filtrują ofertę."
          options={Object.entries(AUDIENCE_LABELS).map(([value, label]) => ({ value, label }))}
          checked={v.audiences}
          errors={errors?.audiences}
        />
      </FormSection>

      {type === "PROGRAMME" ? (
        <FormSection level={headingLevel} title="O programie">
          <ProgrammeFields part="details" values={v} errors={errors} />
        </FormSection>
      ) : null}

      <FormSection level={headingLevel} title="Jak dołączyć">
        <RadioGroup
          name="joinMode"
          legend={labels.joinMode}
          options={Object.entries(JOIN_MODE_LABELS).map(([value, label]) => ({ value, label }))}
          checked={v.joinMode}
          errors={errors?.joinMode}
        />
        <TextArea label={labels.howToJoin} hint="Np. zadzwoń do koordynatorki albo przyjdź na pierwsze spotkanie." {...text("howToJoin")} />
        <TextField label={labels.contactPhone} type="tel" autoComplete="off" hint="Np. 22 123 45 67." {...text("contactPhone")} />
        <TextField label={labels.contactEmail} type="email" autoComplete="off" {...text("contactEmail")} />
      </FormSection>

      <FormSection level={headingLevel} title="Gdzie">
        <SelectField
          label={labels.defaultVenueId}
          hint="Gdzie zwykle odbywają się spotkania. Miejsca dodasz w zakładce Miejsca."
          options={[{ value: "", label: "Nie wybrano" }, ...venues]}
          {...text("defaultVenueId")}
        />
        {type !== "PROGRAMME" ? (
          <SelectField
            label={labels.parentId}
            hint="Jeśli działa w ramach programu, projektu socjalnego lub PAL."
            options={[{ value: "", label: "Nie należy do programu" }, ...programmes]}
            {...text("parentId")}
          />
        ) : null}
      </FormSection>

      <FormSection level={headingLevel} title="Publikacja">
        <Checkbox
          name="isPublic"
          label="Pokazuj na stronie publicznej ośrodka"
          hint="Bez zaznaczenia oferta jest widoczna tylko dla zespołu."
          defaultChecked={v.isPublic}
        />
      </FormSection>

      <SubmitButton>{offerId ? "Zapisz zmiany" : OFFER_TYPE_LABELS[type].add}</SubmitButton>
    </form>
  );
}

"use client";
// The admin's editor of the centre's accessibility statement: every field the law's template asks
// for, prefilled (with the saved statement or a sensible draft), one save that publishes it.
import { useActionState } from "react";
import { RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveAccessibilityStatementAction } from "../actions";
import { COMPLIANCE_LABELS, COMPLIANCE_STATUSES } from "../schema";

export type StatementFormValues = {
  status: string;
  nonAccessibleContent: string;
  preparedOn: string;
  assessmentMethod: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  architecturalAccessibility: string;
};

const labels: Record<keyof StatementFormValues, string> = {
  status: "Na ile strony są zgodne z ustawą",
  nonAccessibleContent: "Treści niedostępne i powód",
  preparedOn: "Data sporządzenia deklaracji",
  assessmentMethod: "Na jakiej podstawie sporządzono deklarację",
  contactName: "Osoba do kontaktu w sprawie dostępności",
  contactEmail: "Adres e-mail do kontaktu",
  contactPhone: "Telefon do kontaktu",
  architecturalAccessibility: "Dostępność architektoniczna",
};

const STATUS_HINTS = {
  FULL: "Wszystkie wymagania WCAG 2.1 na poziomie AA są spełnione.",
  PARTIAL: "Część treści nie spełnia wymagań albo korzysta z wyłączeń ustawy.",
  NONE: "Większość wymagań nie jest spełniona.",
};

const statusOptions = COMPLIANCE_STATUSES.map((s) => ({ value: s, label: `Strony są: ${COMPLIANCE_LABELS[s]}`, hint: STATUS_HINTS[s] }));

export function StatementForm({ initial }: { initial: StatementFormValues }) {
  const [state, formAction] = useActionState(saveAccessibilityStatementAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // After a failure, what the admin typed; otherwise the saved statement or the draft.
  const value = (name: keyof StatementFormValues) => state?.values?.[name] ?? initial[name];
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      {/* Always in the page, so screen readers announce the confirmation when it arrives. */}
      <div role="status">{state?.ok ? <Notice tone="success" title={state.message} /> : null}</div>
      <h2 className="mb-4 text-2xl font-bold">Stan dostępności</h2>
      <RadioGroup name="status" legend={labels.status} options={statusOptions} checked={value("status")} errors={errors?.status} />
      <TextArea
        name="nonAccessibleContent"
        label={labels.nonAccessibleContent}
        hint="Co nie jest dostępne i dlaczego (np. wyłączenie z ustawy, nadmierne obciążenie), każda sprawa w nowym wierszu. Wymagane, gdy strony nie są w pełni zgodne."
        rows={6}
        defaultValue={value("nonAccessibleContent")}
        errors={errors?.nonAccessibleContent}
      />
      <h2 className="mb-4 mt-10 text-2xl font-bold">Przygotowanie deklaracji</h2>
      <TextField
        name="preparedOn"
        label={labels.preparedOn}
        hint="Dzień, w którym oceniono dostępność stron."
        type="date"
        className="max-w-xs"
        defaultValue={value("preparedOn")}
        errors={errors?.preparedOn}
      />
      <TextField
        name="assessmentMethod"
        label={labels.assessmentMethod}
        hint="Na przykład: samoocena przeprowadzona przez ośrodek albo badanie przeprowadzone przez podmiot zewnętrzny (podaj jego nazwę)."
        defaultValue={value("assessmentMethod")}
        errors={errors?.assessmentMethod}
      />
      <h2 className="mb-4 mt-10 text-2xl font-bold">Kontakt w sprawie dostępności</h2>
      <TextField
        name="contactName"
        label={labels.contactName}
        hint="Imię i nazwisko albo nazwa komórki, np. Sekretariat ośrodka. Ta osoba przyjmuje żądania i skargi."
        defaultValue={value("contactName")}
        errors={errors?.contactName}
      />
      <TextField
        name="contactEmail"
        label={labels.contactEmail}
        type="email"
        autoComplete="off"
        defaultValue={value("contactEmail")}
        errors={errors?.contactEmail}
      />
      <TextField
        name="contactPhone"
        label={labels.contactPhone}
        type="tel"
        autoComplete="off"
        className="max-w-xs"
        defaultValue={value("contactPhone")}
        errors={errors?.contactPhone}
      />
      <h2 className="mb-4 mt-10 text-2xl font-bold">Budynki ośrodka</h2>
      <TextArea
        name="architecturalAccessibility"
        label={labels.architecturalAccessibility}
        hint="Dla każdego budynku: wejścia, podjazdy, windy, toalety, miejsca parkingowe dla osób z niepełnosprawnością, wejście z psem asystującym, tłumacz języka migowego."
        rows={8}
        defaultValue={value("architecturalAccessibility")}
        errors={errors?.architecturalAccessibility}
      />
      <SubmitButton pendingText="Zapisywanie…">Zapisz i opublikuj</SubmitButton>
    </form>
  );
}

"use client";
// The centre's own translation of an offer into one language. Each field left empty shows the
// Polish text to residents; emptying the whole form removes the translation.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { saveTranslationAction } from "../actions";
import { ActionStatus } from "./action-status";
import { scoped } from "./scoped-errors";

type Texts = { name: string; audience: string; description: string; howToJoin: string };

const labels = { name: "Nazwa", audience: "Dla kogo", description: "Opis", howToJoin: "Jak się zapisać" };

export function TranslationForm({
  offerId,
  locale,
  languageName,
  saved,
  polish,
}: {
  offerId: string;
  locale: "uk" | "en";
  /** "ukraiński", "angielski" */
  languageName: string;
  saved: Texts;
  polish: Texts;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(saveTranslationAction, null);
  const failed = state && !state.ok ? state : null;
  const s = scoped(locale);
  const named = Object.fromEntries(Object.entries(labels).map(([k, l]) => [k, `${l} (${languageName})`])) as typeof labels;
  const errors = failed?.fieldErrors;
  const value = (name: keyof Texts) => (failed?.values ? (failed.values[name] ?? "") : saved[name]);
  const field = (name: keyof Texts) => ({
    id: s.id(name),
    name,
    label: named[name],
    defaultValue: value(name),
    errors: errors?.[name],
    // Screen readers read the text in its own language.
    lang: locale,
  });
  const polishHint = (name: keyof Texts) => (polish[name] ? `Po polsku: ${polish[name]}` : "Po polsku: brak.");
  return (
    <form action={formAction} noValidate className="mb-10">
      {failed ? <ErrorSummary message={failed.message} fieldErrors={s.errors(failed.fieldErrors)} labels={s.labels(named)} /> : null}
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="locale" value={locale} />
      <TextField autoComplete="off" hint={`Potrzebna, jeśli wypełniasz tłumaczenie. ${polishHint("name")}`} {...field("name")} />
      <TextField autoComplete="off" hint={polishHint("audience")} {...field("audience")} />
      <TextArea rows={5} hint="Puste pole: mieszkańcy zobaczą opis po polsku." {...field("description")} />
      <TextArea hint={polishHint("howToJoin")} {...field("howToJoin")} />
      <SubmitButton>Zapisz tłumaczenie ({languageName})</SubmitButton>
      <ActionStatus state={state?.ok ? state : null} />
    </form>
  );
}

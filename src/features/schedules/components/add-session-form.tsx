"use client";
// An extra date outside any schedule: a one-off workshop, a meeting with a specialist, or a date of
// an irregular group.
import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { addSessionAction } from "../actions";
import { SavedNotice } from "@/components/ui/saved-notice";

const labels = {
  date: "Data",
  startTime: "Godzina rozpoczęcia",
  endTime: "Godzina zakończenia",
  venueId: "Miejsce",
  topic: "Temat (nieobowiązkowy)",
  leader: "Kto prowadzi (nieobowiązkowe)",
};

export function AddSessionForm({
  offerId,
  venues,
  defaultVenueId,
  backHref,
}: {
  offerId: string;
  venues: { value: string; label: string }[];
  defaultVenueId: string;
  backHref: string;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(addSessionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v: Record<string, string> = state && !state.ok && state.values ? state.values : { venueId: defaultVenueId };
  const field = (name: keyof typeof labels) => ({ name, label: labels[name], defaultValue: v[name] ?? "", errors: errors?.[name] });
  const added = state?.ok ? (state.data as { sessionId: string }) : null;
  return (
    <>
      <SavedNotice state={state}>
        <Link href={backHref} className="text-blue-800 underline">
          Wróć do oferty
        </Link>
        <p className="mt-1">Możesz też dodać kolejny termin poniżej.</p>
      </SavedNotice>
      {/* After adding, the form starts afresh for the next date. */}
      <form action={formAction} noValidate key={added?.sessionId} className="max-w-3xl">
        {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
        <input type="hidden" name="offerId" value={offerId} />
        <TextField {...field("date")} type="date" className="max-w-56" />
        <TextField {...field("startTime")} type="time" hint="Np. 16:30." className="max-w-40" />
        <TextField {...field("endTime")} type="time" className="max-w-40" />
        <SelectField {...field("venueId")} options={[{ value: "", label: "Do ustalenia" }, ...venues]} />
        <TextField {...field("topic")} hint="Np. Spotkanie z dietetykiem. Mieszkańcy zobaczą go w kalendarzu." autoComplete="off" />
        <TextField {...field("leader")} hint="Np. psycholog albo imię i nazwisko prowadzącej osoby." autoComplete="off" />
        <SubmitButton>Dodaj termin</SubmitButton>
      </form>
    </>
  );
}

"use client";
// The forms of one session: cancel it with a reason residents will read, restore it, or move it to
// another date, time or place.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { cancelSessionAction, moveSessionAction, restoreSessionAction } from "../actions";
import { SavedNotice } from "@/components/ui/saved-notice";

type Option = { value: string; label: string };
type Ref = { offerId: string; sessionId: string };

function Hidden({ offerId, sessionId }: Ref) {
  return (
    <>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="sessionId" value={sessionId} />
    </>
  );
}

/**
 * Cancel or restore, in one place: after cancelling, the same spot offers restoring, and the message
 * of what just happened stays on screen.
 */
export function CancelOrRestore({ cancelled, ...ref }: Ref & { cancelled: boolean }) {
  const [cancelState, cancel] = useActionState<FormState, FormData>(cancelSessionAction, null);
  const [restoreState, restore] = useActionState<FormState, FormData>(restoreSessionAction, null);
  const errors = cancelState && !cancelState.ok ? cancelState.fieldErrors : undefined;
  return (
    <>
      <SavedNotice state={cancelled ? cancelState : restoreState} />
      {cancelled ? (
        <form action={restore}>
          <Hidden {...ref} />
          <p className="mb-4">Przywrócone spotkanie wróci do kalendarza jako zaplanowane, bez powodu odwołania.</p>
          <SubmitButton variant="secondary" pendingText="Przywracanie…">
            Przywróć spotkanie
          </SubmitButton>
          {restoreState && !restoreState.ok ? (
            <p role="alert" className="mt-2 font-semibold text-red-800">
              {restoreState.message}
            </p>
          ) : null}
        </form>
      ) : (
        <form action={cancel} noValidate>
          {cancelState && !cancelState.ok ? (
            <ErrorSummary message={cancelState.message} fieldErrors={cancelState.fieldErrors} labels={{ reason: "Powód odwołania" }} />
          ) : null}
          <Hidden {...ref} />
          <TextArea
            name="reason"
            label="Powód odwołania"
            hint="Mieszkańcy zobaczą go na stronie ośrodka, np. „Choroba prowadzącej. Zapraszamy za tydzień”."
            rows={2}
            defaultValue={cancelState?.values?.reason ?? ""}
            errors={errors?.reason}
          />
          <SubmitButton variant="warning" pendingText="Odwoływanie…">
            Odwołaj spotkanie
          </SubmitButton>
        </form>
      )}
    </>
  );
}

export type MoveValues = { date: string; startTime: string; endTime: string; venueId: string };

const moveLabels = { date: "Nowa data", startTime: "Godzina rozpoczęcia", endTime: "Godzina zakończenia", venueId: "Miejsce" };

export function MoveSessionForm({ initial, venues, ...ref }: Ref & { initial: MoveValues; venues: Option[] }) {
  const [state, formAction] = useActionState<FormState, FormData>(moveSessionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v: Record<string, string> = state && !state.ok && state.values ? state.values : initial;
  const field = (name: keyof typeof moveLabels) => ({ name, label: moveLabels[name], defaultValue: v[name] ?? "", errors: errors?.[name] });
  return (
    <>
      <SavedNotice state={state} />
      {/* After a move the form shows the new, saved date. */}
      <form action={formAction} noValidate key={JSON.stringify(initial)}>
        {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={moveLabels} /> : null}
        <Hidden {...ref} />
        <TextField {...field("date")} type="date" className="max-w-56" />
        <TextField {...field("startTime")} type="time" hint="Np. 16:30." className="max-w-40" />
        <TextField {...field("endTime")} type="time" className="max-w-40" />
        <SelectField {...field("venueId")} options={[{ value: "", label: "Do ustalenia" }, ...venues]} />
        <SubmitButton pendingText="Przenoszenie…">Przenieś spotkanie</SubmitButton>
      </form>
    </>
  );
}

"use client";
// Links a volunteer's profile to their account (an invited VOLUNTEER member of this centre), so they
// see their tasks and hours in "Moje zadania"; or undoes a wrong link. Nothing else changes.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { SavedNotice } from "@/components/ui/saved-notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { linkAccountAction, unlinkAccountAction } from "../actions";

export function LinkAccountForm({ volunteerId, accounts }: { volunteerId: string; accounts: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState<FormState, FormData>(linkAccountAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <>
      <SavedNotice state={state} />
      <form action={formAction} noValidate className="max-w-xl">
        {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={{ membershipId: "Konto wolontariusza" }} /> : null}
        <input type="hidden" name="volunteerId" value={volunteerId} />
        <SelectField
          name="membershipId"
          label="Konto wolontariusza"
          hint="Konta osób zaproszonych do ośrodka jako wolontariusze, które nie mają jeszcze profilu."
          options={[{ value: "", label: "Wybierz" }, ...accounts]}
          defaultValue={state && !state.ok ? (state.values?.membershipId ?? "") : ""}
          errors={errors?.membershipId}
        />
        <SubmitButton pendingText="Łączenie…">Połącz z kontem</SubmitButton>
      </form>
    </>
  );
}

export function UnlinkAccountForm({ volunteerId, account }: { volunteerId: string; account: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(unlinkAccountAction, null);
  return (
    <>
      <SavedNotice state={state} />
      {state && !state.ok ? <ErrorSummary message={state.message} /> : null}
      <form
        action={formAction}
        onSubmit={(e) => {
          if (!window.confirm(`Odłączyć konto ${account}? Ta osoba przestanie widzieć swoje zadania w „Moje zadania”.`)) e.preventDefault();
        }}
      >
        <input type="hidden" name="volunteerId" value={volunteerId} />
        <SubmitButton variant="secondary" pendingText="…">
          Odłącz od konta
        </SubmitButton>
      </form>
    </>
  );
}

"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptInvitationAction } from "../actions";

export function AcceptInvitationForm({ token, name, hasAccount }: { token: string; name: string; hasAccount: boolean }) {
  const [state, formAction] = useActionState(acceptInvitationAction.bind(null, token), null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const labels: Record<string, string> = hasAccount ? { password: "Hasło" } : { name: "Imię i nazwisko", password: "Hasło", passwordRepeat: "Powtórz hasło" };
  return (
    <form action={formAction} noValidate>
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      {hasAccount ? (
        <TextField
          name="password"
          label="Twoje obecne hasło w Razem"
          hint="Masz już konto w Razem. Podaj swoje hasło, aby dołączyć do zespołu tego ośrodka."
          type="password"
          autoComplete="current-password"
          errors={errors?.password}
        />
      ) : (
        <>
          <TextField name="name" label="Imię i nazwisko" autoComplete="name" defaultValue={state?.values?.name ?? name} errors={errors?.name} />
          <TextField
            name="password"
            label="Hasło"
            hint="Co najmniej 10 znaków. Najłatwiej zapamiętać kilka słów, np. zielony-tramwaj-nad-wisłą."
            type="password"
            autoComplete="new-password"
            errors={errors?.password}
          />
          <TextField name="passwordRepeat" label="Powtórz hasło" type="password" autoComplete="new-password" errors={errors?.passwordRepeat} />
        </>
      )}
      <SubmitButton>{hasAccount ? "Dołącz do zespołu" : "Utwórz konto"}</SubmitButton>
    </form>
  );
}

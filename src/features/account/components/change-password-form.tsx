"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changePasswordAction } from "../actions";

const labels = { currentPassword: "Obecne hasło", password: "Nowe hasło", passwordRepeat: "Powtórz nowe hasło" };

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate>
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      <TextField name="currentPassword" label={labels.currentPassword} type="password" autoComplete="current-password" errors={errors?.currentPassword} />
      <TextField name="password" label={labels.password} hint="Co najmniej 10 znaków." type="password" autoComplete="new-password" errors={errors?.password} />
      <TextField name="passwordRepeat" label={labels.passwordRepeat} type="password" autoComplete="new-password" errors={errors?.passwordRepeat} />
      <SubmitButton>Zmień hasło</SubmitButton>
    </form>
  );
}

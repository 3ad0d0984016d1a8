"use client";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutEverywhereAction } from "../actions";

export function SignOutEverywhereForm() {
  const [state, formAction] = useActionState(signOutEverywhereAction, null);
  return (
    <form action={formAction}>
      {state && !state.ok ? <Notice tone="warning" live title={state.message} /> : null}
      <SubmitButton variant="warning" pendingText="Wylogowywanie…">
        Wyloguj mnie ze wszystkich urządzeń
      </SubmitButton>
    </form>
  );
}

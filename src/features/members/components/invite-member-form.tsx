"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { inviteMemberAction } from "../actions";

const labels = { name: "Imię i nazwisko", email: "Adres e-mail", role: "Rola" };

export function InviteMemberForm({ roles }: { roles: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(inviteMemberAction, null);
  const [copied, setCopied] = useState(false);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const invite = state?.ok ? (state.data as { path: string; email: string }) : null;
  const link = invite ? new URL(invite.path, window.location.origin).toString() : null;
  // The form starts afresh after an invitation; focus goes to the link, which is what matters now.
  const success = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (invite) success.current?.focus();
  }, [invite]);
  return (
    <>
      {invite && link ? (
        <div ref={success} tabIndex={-1} className="focus:outline-none">
          <Notice tone="success" title={`Zaproszenie dla ${invite.email} jest gotowe`}>
            <p>Przekaż tej osobie poniższy link. Jest ważny 72 godziny i działa tylko raz. Na nim ustawi swoje hasło.</p>
            <p className="mt-2 break-all rounded border border-slate-400 bg-white p-2 font-mono" data-testid="invitation-link">
              {link}
            </p>
            <button
              type="button"
              className="mt-2 rounded bg-slate-200 px-3 py-1 font-semibold text-slate-900 hover:bg-slate-300"
              onClick={() => navigator.clipboard?.writeText(link).then(() => setCopied(true))}
            >
              {copied ? "Skopiowano" : "Kopiuj link"}
            </button>
          </Notice>
        </div>
      ) : null}
      <form action={formAction} noValidate key={invite?.path}>
        {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
        <TextField name="name" label={labels.name} autoComplete="off" defaultValue={state?.values?.name} errors={errors?.name} />
        <TextField
          name="email"
          label={labels.email}
          type="email"
          autoComplete="off"
          hint="Na ten adres osoba będzie się logować."
          defaultValue={state?.values?.email}
          errors={errors?.email}
        />
        <SelectField name="role" label={labels.role} options={roles} defaultValue={state?.values?.role ?? "COORDINATOR"} errors={errors?.role} />
        <SubmitButton pendingText="Tworzenie zaproszenia…">Utwórz zaproszenie</SubmitButton>
      </form>
    </>
  );
}

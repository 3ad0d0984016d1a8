"use client";
// One button that runs one action on one record (approve, decline, sign up, withdraw), with its
// outcome next to it. Large enough to tap on a phone.
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** Read by screen readers after the label, e.g. the volunteer's name. */
  context?: string;
  pendingText?: string;
  variant?: "primary" | "secondary" | "warning";
};

export function ActionButton({ action, fields, label, context, pendingText = "Zapisywanie…", variant = "primary" }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} pendingText={pendingText} className="min-h-12 min-w-24">
        {label}
        {context ? <span className="sr-only"> – {context}</span> : null}
      </SubmitButton>
      <span role="status" className="block">
        {state && !state.ok ? <span className="mt-2 block font-semibold text-red-800">{state.message}</span> : null}
        {state?.ok ? <span className="mt-2 block font-semibold text-green-800">{state.message}</span> : null}
      </span>
    </form>
  );
}

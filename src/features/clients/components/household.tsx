"use client";
// The client's household: each member editable in place or removed, and a form to add one.
// Several forms share field names, so each gets its own id prefix (scoped).
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionStatus } from "@/features/offers/components/action-status";
import { scoped } from "@/features/offers/components/scoped-errors";
import type { FormState } from "@/server/form";
import { addHouseholdMemberAction, removeHouseholdMemberAction, updateHouseholdMemberAction } from "../actions";

export type HouseholdMemberValues = { id: string; name: string; relation: string; birthYear: number | null };

const labels = { name: "Imię i nazwisko", relation: "Pokrewieństwo lub relacja", birthYear: "Rok urodzenia (nieobowiązkowo)" };

export function HouseholdMemberForm({ participantId, member }: { participantId: string; member?: HouseholdMemberValues }) {
  const [state, formAction] = useActionState<FormState, FormData>(member ? updateHouseholdMemberAction : addHouseholdMemberAction, null);
  const failed = state && !state.ok ? state : null;
  const s = scoped(`household-${member?.id ?? "new"}`);
  const saved = { name: member?.name ?? "", relation: member?.relation ?? "", birthYear: member?.birthYear ? String(member.birthYear) : "" };
  const field = (name: keyof typeof labels) => ({
    id: s.id(name),
    name,
    label: labels[name],
    defaultValue: failed?.values ? (failed.values[name] ?? "") : saved[name],
    errors: failed?.fieldErrors?.[name],
  });
  return (
    // After a save React resets the form to its defaults: the saved values, or empty for a new one.
    <form action={formAction} noValidate>
      {failed ? <ErrorSummary message={failed.message} fieldErrors={s.errors(failed.fieldErrors)} labels={s.labels(labels)} /> : null}
      <input type="hidden" name="participantId" value={participantId} />
      {member ? <input type="hidden" name="memberId" value={member.id} /> : null}
      <TextField autoComplete="off" spellCheck={false} {...field("name")} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField autoComplete="off" hint="Np. córka, mąż, matka, partner." {...field("relation")} />
        <TextField autoComplete="off" inputMode="numeric" hint="Np. 2015." {...field("birthYear")} />
      </div>
      <SubmitButton variant={member ? "secondary" : "primary"} aria-label={member ? `Zapisz dane domownika: ${member.name}` : undefined}>
        {member ? "Zapisz domownika" : "Dodaj domownika"}
      </SubmitButton>
      <ActionStatus state={state?.ok ? state : null} />
    </form>
  );
}

export function RemoveHouseholdMemberForm({ participantId, member }: { participantId: string; member: HouseholdMemberValues }) {
  const [state, formAction] = useActionState<FormState, FormData>(removeHouseholdMemberAction, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(`Usunąć domownika „${member.name}” z kartoteki?`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="memberId" value={member.id} />
      <SubmitButton variant="warning" pendingText="Usuwanie…" aria-label={`Usuń domownika: ${member.name}`}>
        Usuń
      </SubmitButton>
      <ActionStatus state={state} />
    </form>
  );
}

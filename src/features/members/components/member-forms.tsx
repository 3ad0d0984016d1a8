"use client";
// Small one-button forms on each row of the team table and of the open invitations.
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeMemberRoleAction, deactivateMemberAction, reactivateMemberAction, revokeInvitationAction } from "../actions";

type RoleOption = { value: string; label: string };

/** Always in the page, so screen readers announce the message when it arrives. */
function Result({ state }: { state: { ok: boolean; message?: string } | null }) {
  return (
    <p role="status" className={state?.ok ? "text-green-800" : "font-semibold text-red-800"}>
      {state?.message ?? ""}
    </p>
  );
}

export function ChangeRoleForm({ membershipId, role, roles, personName }: { membershipId: string; role: string; roles: RoleOption[]; personName: string }) {
  const [state, formAction] = useActionState(changeMemberRoleAction, null);
  const id = `role-${membershipId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={id} className="sr-only">
        Rola: {personName}
      </label>
      <select id={id} name="role" defaultValue={role} className="rounded border-2 border-slate-700 px-2 py-1">
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" pendingText="…" aria-label={`Zmień rolę: ${personName}`}>
        Zmień
      </SubmitButton>
      <Result state={state} />
    </form>
  );
}

export function MemberStatusForm({ membershipId, active, personName }: { membershipId: string; active: boolean; personName: string }) {
  const [state, formAction] = useActionState(active ? deactivateMemberAction : reactivateMemberAction, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (active && !window.confirm(`Dezaktywować konto: ${personName}? Osoba straci dostęp do ośrodka od razu.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="membershipId" value={membershipId} />
      <SubmitButton variant={active ? "warning" : "secondary"} pendingText="…" aria-label={`${active ? "Dezaktywuj" : "Przywróć"}: ${personName}`}>
        {active ? "Dezaktywuj" : "Przywróć"}
      </SubmitButton>
      <Result state={state} />
    </form>
  );
}

export function RevokeInvitationForm({ invitationId, personName }: { invitationId: string; personName: string }) {
  const [state, formAction] = useActionState(revokeInvitationAction, null);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton variant="secondary" pendingText="…" aria-label={`Wycofaj zaproszenie: ${personName}`}>
        Wycofaj
      </SubmitButton>
      <Result state={state} />
    </form>
  );
}

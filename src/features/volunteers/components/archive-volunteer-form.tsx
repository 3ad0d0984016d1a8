"use client";
// Archiving takes a volunteer off the current list when they stop helping; restoring brings them
// back. Nothing is deleted: agreements and hours stay.
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionStatus } from "@/features/offers/components/action-status";
import type { FormState } from "@/server/form";
import { archiveVolunteerAction, restoreVolunteerAction } from "../actions";

export function ArchiveVolunteerForm({ volunteerId, name, archived }: { volunteerId: string; name: string; archived: boolean }) {
  const [state, formAction] = useActionState<FormState, FormData>(archived ? restoreVolunteerAction : archiveVolunteerAction, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!archived && !window.confirm(`Przenieść do archiwum: ${name}? Zniknie z listy aktualnych wolontariuszy.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="volunteerId" value={volunteerId} />
      <SubmitButton variant={archived ? "secondary" : "warning"} pendingText="…">
        {archived ? "Przywróć na listę" : "Przenieś do archiwum"}
      </SubmitButton>
      <ActionStatus state={state} />
    </form>
  );
}

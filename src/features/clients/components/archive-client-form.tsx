"use client";
// Archiving takes a client off the current lists when the centre no longer works with them;
// restoring brings them back. Nothing is deleted: contracts, referrals and history stay.
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionStatus } from "@/features/offers/components/action-status";
import type { FormState } from "@/server/form";
import { archiveClientAction, restoreClientAction } from "../actions";

export function ArchiveClientForm({ participantId, name, archived }: { participantId: string; name: string; archived: boolean }) {
  const [state, formAction] = useActionState<FormState, FormData>(archived ? restoreClientAction : archiveClientAction, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!archived && !window.confirm(`Zarchiwizować kartotekę: ${name}? Zniknie z listy aktualnych klientów.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="participantId" value={participantId} />
      <SubmitButton variant={archived ? "secondary" : "warning"} pendingText="…">
        {archived ? "Przywróć kartotekę" : "Zarchiwizuj kartotekę"}
      </SubmitButton>
      <ActionStatus state={state} />
    </form>
  );
}

"use client";
// Archiving takes an offer off the public pages and out of the current lists; restoring brings it
// back. Nothing is deleted: its sessions, attendance and history stay.
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { archiveOfferAction, restoreOfferAction } from "../actions";
import { ActionStatus } from "./action-status";

export function ArchiveOfferForm({ offerId, name, archived }: { offerId: string; name: string; archived: boolean }) {
  const [state, formAction] = useActionState<FormState, FormData>(archived ? restoreOfferAction : archiveOfferAction, null);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!archived && !window.confirm(`Zarchiwizować „${name}”? Zniknie ze strony publicznej i z kalendarzy mieszkańców.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="offerId" value={offerId} />
      <SubmitButton variant={archived ? "secondary" : "warning"} pendingText="…">
        {archived ? "Przywróć ofertę" : "Zarchiwizuj ofertę"}
      </SubmitButton>
      <ActionStatus state={state} />
    </form>
  );
}

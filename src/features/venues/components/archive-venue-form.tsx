"use client";
// An archived venue is no longer offered when choosing where an offer meets; restoring brings it back.
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { archiveVenueAction, restoreVenueAction } from "../actions";

export function ArchiveVenueForm({ venueId, archived }: { venueId: string; archived: boolean }) {
  const [state, formAction] = useActionState<FormState, FormData>(archived ? restoreVenueAction : archiveVenueAction, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="venueId" value={venueId} />
      <SubmitButton variant={archived ? "secondary" : "warning"} pendingText="…">
        {archived ? "Przywróć miejsce" : "Zarchiwizuj miejsce"}
      </SubmitButton>
      <p role="status" className={state?.ok ? "mt-2 font-semibold text-green-800" : "mt-2 font-semibold text-red-800"}>
        {state?.message ?? ""}
      </p>
    </form>
  );
}

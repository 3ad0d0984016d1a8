"use client";
// Archiving ends a schedule: it no longer shows to residents and makes no new sessions. Its future
// sessions nobody has touched are removed; those with attendance, tasks or changes by hand stay.
import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { archiveScheduleAction } from "../actions";
import { SavedNotice } from "@/components/ui/saved-notice";

export function ArchiveScheduleForm({ offerId, scheduleId, archived, backHref }: { offerId: string; scheduleId: string; archived: boolean; backHref: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(archiveScheduleAction, null);
  return (
    <>
      <SavedNotice state={state}>
        <Link href={backHref} className="text-blue-800 underline">
          Wróć do oferty
        </Link>
      </SavedNotice>
      {archived ? null : (
        <form
          action={formAction}
          onSubmit={(e) => {
            if (!window.confirm("Zarchiwizować ten harmonogram? Jego przyszłe spotkania znikną z kalendarza ośrodka.")) e.preventDefault();
          }}
        >
          <input type="hidden" name="offerId" value={offerId} />
          <input type="hidden" name="scheduleId" value={scheduleId} />
          <SubmitButton variant="warning" pendingText="Archiwizowanie…">
            Zarchiwizuj harmonogram
          </SubmitButton>
          {state && !state.ok ? (
            <p role="alert" className="mt-2 font-semibold text-red-800">
              {state.message}
            </p>
          ) : null}
        </form>
      )}
    </>
  );
}

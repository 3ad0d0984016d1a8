"use client";
// The buttons of one message in the inbox: mark read, mark handled, reopen. After an action the
// button pressed may disappear (a read message has no "mark read"), so focus moves to the button
// that is there now and the result is announced, and a keyboard user keeps their place.
import { useActionState, useEffect, useRef, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { markMessageHandledAction, markMessageReadAction, reopenMessageAction } from "../actions";

type Kind = "read" | "handle" | "reopen";

const LABELS: Record<Kind, string> = {
  read: "Oznacz jako przeczytaną",
  handle: "Oznacz jako załatwioną",
  reopen: "Przywróć do załatwienia",
};

export function MessageActions({ messageId, about, unread, handled }: { messageId: string; about: string; unread: boolean; handled: boolean }) {
  const [readState, read] = useActionState(markMessageReadAction, null);
  const [handleState, handle] = useActionState(markMessageHandledAction, null);
  const [reopenState, reopen] = useActionState(reopenMessageAction, null);
  const [last, setLast] = useState<Kind | null>(null);
  const state = last === "read" ? readState : last === "handle" ? handleState : last === "reopen" ? reopenState : null;
  const main = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) main.current?.querySelector("button")?.focus();
  }, [state, unread, handled]);

  const button = (kind: Kind, action: (formData: FormData) => void, variant: "primary" | "secondary") => (
    <form action={action} onSubmit={() => setLast(kind)}>
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton variant={variant} pendingText="…" aria-label={`${LABELS[kind]}: ${about}`}>
        {LABELS[kind]}
      </SubmitButton>
    </form>
  );
  return (
    <div className="mt-3">
      <div className="flex flex-wrap gap-4">
        <div ref={main}>{handled ? button("reopen", reopen, "secondary") : button("handle", handle, "primary")}</div>
        {unread && !handled ? button("read", read, "secondary") : null}
      </div>
      <p role="status" className={`mt-2 ${state?.ok ? "text-green-800" : "font-semibold text-red-800"}`}>
        {state?.message ?? ""}
      </p>
    </div>
  );
}

"use client";
// The outcome of a form, in a live region that is always in the page, so screen readers announce it
// when it arrives; a success also moves focus there, so keyboard users land on what happened.
import { useEffect, useRef, type ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/server/form";

export function SavedNotice({ state, children }: { state: FormState; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const message = state?.ok ? (state.message ?? "Zapisano.") : null;
  // Every new result is a new object, so saving twice with the same message still moves focus.
  useEffect(() => {
    if (state?.ok) ref.current?.focus();
  }, [state]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="focus:outline-none">
      {message ? (
        <Notice tone="success" title={message}>
          {children}
        </Notice>
      ) : null}
    </div>
  );
}

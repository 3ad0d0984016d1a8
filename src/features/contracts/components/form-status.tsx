"use client";
// What happened to a contract form: saved (announced, and focus moves there so keyboard users land on
// it), or refused because someone else saved first, with the way out: reload the page.
import { useEffect, useRef } from "react";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/server/form";
import { STALE_MESSAGE } from "../labels";

export function SavedNotice({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  // Every new result is a new object, so saving twice with the same message still moves focus.
  useEffect(() => {
    if (state?.ok) ref.current?.focus();
  }, [state]);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="focus:outline-none">
      {state?.ok ? <Notice tone="success" title={state.message ?? "Zapisano."} /> : null}
    </div>
  );
}

export function StaleNotice({ state, reloadHref }: { state: FormState; reloadHref: string }) {
  if (!state || state.ok || state.message !== STALE_MESSAGE) return null;
  return (
    <Notice tone="warning" title="Kontrakt zmienił się, odkąd otwarto stronę">
      <p>Skopiuj to, co chcesz zachować, a potem:</p>
      <p className="mt-2">
        {/* A plain link: the whole page loads again with the current contract and its version. */}
        <a href={reloadHref} className="font-semibold text-blue-800 underline">
          Odśwież stronę
        </a>
      </p>
    </Notice>
  );
}

/** The version the form was read at. Controlled, so a refresh after a save on this page hands on the new one. */
export function ContractRef({ contractId, version }: { contractId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

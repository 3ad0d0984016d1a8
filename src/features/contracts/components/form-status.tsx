"use client";
// A contract form refused because someone else saved first, with the way out: reload the page; and the
// version the form was read at.
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/server/form";
import { STALE_MESSAGE } from "../labels";

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

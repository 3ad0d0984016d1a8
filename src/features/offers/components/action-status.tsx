"use client";
// Always in the page, so screen readers announce the outcome of a small form when it arrives.
export function ActionStatus({ state }: { state: { ok: boolean; message?: string } | null }) {
  return (
    <p role="status" className={state?.ok ? "mt-2 font-semibold text-green-800" : "mt-2 font-semibold text-red-800"}>
      {state?.message ?? ""}
    </p>
  );
}

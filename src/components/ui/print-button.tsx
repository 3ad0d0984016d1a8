"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300"
    >
      {label}
    </button>
  );
}

"use client";
// The register of one session on one screen: "Wszyscy obecni" first, then the exceptions per person.
// Native radio groups, so a keyboard moves from person to person with Tab and between the three
// marks with the arrow keys; each option is a large box for a finger on a tablet.
import { useActionState, useRef, useState } from "react";
import type { AttendanceStatus } from "@/generated/prisma/enums";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveRegisterAction } from "../actions";
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES } from "../labels";
import { markField } from "../schema";

export type RegisterRow = { participantId: string; name: string; status: AttendanceStatus | null; markedBy: string | null; markedAt: string | null };

export function RegisterForm({ sessionId, rows }: { sessionId: string; rows: RegisterRow[] }) {
  const [state, formAction] = useActionState(saveRegisterAction, null);
  const [announcement, setAnnouncement] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const labels = Object.fromEntries(rows.map((r) => [markField(r.participantId), r.name]));

  /** Marks as present only the people with no mark yet: a correction visit keeps the saved exceptions. */
  function allPresent() {
    let filled = 0;
    for (const r of rows) {
      const radios = [...(form.current?.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${markField(r.participantId)}"]`) ?? [])];
      if (radios.some((radio) => radio.checked)) continue;
      const present = radios.find((radio) => radio.value === "PRESENT");
      if (present) {
        present.checked = true;
        filled += 1;
      }
    }
    setAnnouncement(
      filled === rows.length
        ? `Zaznaczono wszystkich (${rows.length}) jako obecnych. Zaznacz wyjątki i zapisz listę.`
        : `Zaznaczono jako obecne osoby bez zaznaczenia: ${filled}. Zaznaczeń już wpisanych nie zmieniono.`,
    );
  }

  return (
    <form ref={form} action={formAction} noValidate>
      {state?.ok ? <Notice tone="success" live title={state.message ?? "Zapisano listę obecności."} /> : null}
      {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={allPresent}
          className="min-h-12 rounded bg-slate-200 px-5 py-3 text-lg font-semibold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300"
        >
          Wszyscy obecni
        </button>
        <p className="text-slate-700">Zaznacza osoby jeszcze bez zaznaczenia. Potem zaznacz tylko wyjątki: osoby usprawiedliwione i nieobecne.</p>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <ol className="mb-8 list-none divide-y divide-slate-300 border-y border-slate-300">
        {rows.map((r, i) => {
          const name = markField(r.participantId);
          const checked = state && !state.ok ? state.values?.[name] : (r.status ?? undefined);
          const id = fieldId(name);
          const fieldErrors = errors?.[name];
          return (
            <li key={`${r.participantId}:${checked ?? ""}`} className="py-3">
              <fieldset
                className={fieldErrors?.length ? "border-l-4 border-red-700 pl-3" : undefined}
                aria-describedby={[r.markedBy ? `${id}-marked` : null, fieldErrors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined}
              >
                <legend className="mb-2 text-lg font-semibold text-slate-900">
                  <span className="text-slate-700">{i + 1}.</span> {r.name}
                </legend>
                {fieldErrors?.length ? (
                  <p id={`${id}-error`} className="mb-2 font-semibold text-red-800">
                    <span className="sr-only">Błąd: </span>
                    {fieldErrors.join(" ")}
                  </p>
                ) : null}
                <div className="flex flex-wrap gap-2">
                  {ATTENDANCE_STATUSES.map((s, k) => {
                    const optionId = k === 0 ? id : `${id}-${s}`;
                    return (
                      <label
                        key={s}
                        htmlFor={optionId}
                        className="flex min-h-12 cursor-pointer items-center gap-2 rounded border-2 border-slate-500 px-3 py-2 has-[:checked]:border-slate-900 has-[:checked]:bg-blue-50 has-[:checked]:font-semibold"
                      >
                        <input id={optionId} type="radio" name={name} value={s} defaultChecked={checked === s} className="h-6 w-6 shrink-0 accent-slate-900" />
                        {ATTENDANCE_LABELS[s]}
                      </label>
                    );
                  })}
                </div>
                {r.markedBy ? (
                  <p id={`${id}-marked`} className="mt-2 text-sm text-slate-700">
                    Zaznaczył(a): {r.markedBy}, {r.markedAt}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <SubmitButton className="min-h-12 text-lg">Zapisz listę obecności</SubmitButton>
    </form>
  );
}

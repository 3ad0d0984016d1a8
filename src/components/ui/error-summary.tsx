"use client";
// After a failed submit: a summary at the top of the form, linked to each field, focused so keyboard
// and screen-reader users land on it (GOV.UK error summary pattern).
import { useEffect, useId, useRef } from "react";
import { fieldId } from "./field";

export type ErrorSummaryTitles = { fix: string; failed: string };
const POLISH: ErrorSummaryTitles = { fix: "Popraw następujące błędy", failed: "Nie udało się" };

export function ErrorSummary({
  message,
  fieldErrors,
  labels,
  titles = POLISH,
}: {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** Field name → label, in the order the fields appear. */
  labels?: Record<string, string>;
  /** Headings in the page's language (public pages); Polish otherwise. */
  titles?: ErrorSummaryTitles;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Several forms on one page may each show a summary; each needs its own title id.
  const titleId = useId();
  const entries = Object.entries(fieldErrors ?? {}).filter(([key]) => key !== "_form");
  const formErrors = fieldErrors?._form ?? [];
  useEffect(() => {
    ref.current?.focus();
  }, [message, fieldErrors]);
  if (!message && entries.length === 0) return null;
  const order = Object.keys(labels ?? {});
  entries.sort(([a], [b]) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0));
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="mb-8 border-4 border-red-700 p-4 focus:outline-none focus-visible:ring-4 focus-visible:ring-amber-400"
    >
      <h2 id={titleId} className="text-xl font-bold text-slate-900">
        {entries.length ? titles.fix : titles.failed}
      </h2>
      {entries.length === 0 && message ? <p className="mt-2 text-red-800">{message}</p> : null}
      {formErrors.length ? <p className="mt-2 text-red-800">{formErrors.join(" ")}</p> : null}
      {entries.length ? (
        <ul className="mt-2 list-none space-y-1">
          {entries.map(([key, errs]) => (
            <li key={key}>
              <a href={`#${fieldId(key)}`} className="font-semibold text-red-800 underline">
                {labels?.[key] ? `${labels[key]}: ` : ""}
                {errs.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

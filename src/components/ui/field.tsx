// A labelled form field in the GOV.UK manner: label above, optional hint, the error message next to
// the field, and aria wiring so screen readers read hint and error with the input.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  id?: string;
  /** Read before an error by screen readers, in the page's language ("Błąd", "Помилка", "Error"). */
  errorPrefix?: string;
};

export function fieldId(name: string) {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

function describedBy(id: string, hint?: ReactNode, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Frame({ id, label, hint, errors, errorPrefix = "Błąd", children }: Omit<Common, "name"> & { id: string; children: ReactNode }) {
  const invalid = Boolean(errors?.length);
  return (
    <div className={`mb-6 ${invalid ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">{errorPrefix}: </span>
          {errors!.join(" ")}
        </p>
      ) : null}
      <div className="mt-2">{children}</div>
    </div>
  );
}

const control = "block w-full max-w-xl rounded border-2 border-slate-700 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-700";

export function TextField({ name, label, hint, errors, errorPrefix, id, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const fid = id ?? fieldId(name);
  return (
    <Frame id={fid} label={label} hint={hint} errors={errors} errorPrefix={errorPrefix}>
      <input
        id={fid}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(fid, hint, errors)}
        className={`${control} ${className ?? ""}`}
        {...input}
      />
    </Frame>
  );
}

export function TextArea({ name, label, hint, errors, errorPrefix, id, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fid = id ?? fieldId(name);
  return (
    <Frame id={fid} label={label} hint={hint} errors={errors} errorPrefix={errorPrefix}>
      <textarea
        id={fid}
        name={name}
        rows={4}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(fid, hint, errors)}
        className={control}
        {...area}
      />
    </Frame>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  errorPrefix,
  id,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  const fid = id ?? fieldId(name);
  return (
    <Frame id={fid} label={label} hint={hint} errors={errors} errorPrefix={errorPrefix}>
      <select
        id={fid}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(fid, hint, errors)}
        className={control}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

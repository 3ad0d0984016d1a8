// Checkbox and radio groups in the GOV.UK manner: a fieldset whose legend asks the question, an
// optional hint and the error message above the options. The first option carries the field's id,
// so the error summary's link lands on it.
import type { ReactNode } from "react";
import { fieldId } from "./field";

export type Choice = { value: string; label: string; hint?: string };

type GroupProps = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  options: readonly Choice[];
  /** Ids are derived from this instead of the name when two forms on a page share field names. */
  idBase?: string;
};

function describedBy(id: string, hint?: ReactNode, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Group({
  type,
  name,
  legend,
  hint,
  errors,
  options,
  idBase,
  isChecked,
}: GroupProps & { type: "checkbox" | "radio"; isChecked: (value: string) => boolean }) {
  const id = fieldId(idBase ?? name);
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className={`mb-6 ${invalid ? "border-l-4 border-red-700 pl-4" : ""}`} aria-describedby={describedBy(id, hint, errors)}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">Błąd: </span>
          {errors!.join(" ")}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          // Not derived from optionId: the first option carries the group's id, whose hint is the group's.
          const hintId = `${id}-option-${o.value}-hint`;
          return (
            <div key={o.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type={type}
                name={name}
                value={o.value}
                defaultChecked={isChecked(o.value)}
                aria-describedby={o.hint ? hintId : undefined}
                className="mt-1 h-6 w-6 shrink-0 accent-slate-900"
              />
              {/* The hint stays outside the label: it is read once, as the description, not as part of the name. */}
              <div>
                <label htmlFor={optionId}>{o.label}</label>
                {o.hint ? (
                  <p id={hintId} className="text-slate-700">
                    {o.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup({ checked = [], ...props }: GroupProps & { checked?: readonly string[] }) {
  return <Group type="checkbox" {...props} isChecked={(v) => checked.includes(v)} />;
}

export function RadioGroup({ checked, ...props }: GroupProps & { checked?: string }) {
  return <Group type="radio" {...props} isChecked={(v) => v === checked} />;
}

/** One yes/no question answered by ticking a box, e.g. "Pokazuj mieszkańcom". */
export function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
  id,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultChecked?: boolean;
  id?: string;
}) {
  const fid = id ?? fieldId(name);
  return (
    <div className="mb-6 flex items-start gap-3">
      <input
        id={fid}
        type="checkbox"
        name={name}
        value="on"
        defaultChecked={defaultChecked}
        aria-describedby={hint ? `${fid}-hint` : undefined}
        className="mt-1 h-6 w-6 shrink-0 accent-slate-900"
      />
      <div>
        <label htmlFor={fid} className="font-semibold text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={`${fid}-hint`} className="text-slate-700">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

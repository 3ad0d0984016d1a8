"use client";
// The schedule form, for adding and for changing one. Only the questions that matter for the answers
// given are shown: CSS :has() hides the rest, so it works after a failed save and a form reset
// without any script state; without :has() support every question simply stays visible.
import Link from "next/link";
import { useActionState } from "react";
import { CheckboxGroup, RadioGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/server/form";
import { createScheduleAction, updateScheduleAction } from "../actions";
import type { ScheduleFormValues } from "../form-values";
import { INTERVAL_OPTIONS, NTH_OPTIONS, WEEKDAY_OPTIONS } from "../options";
import { SavedNotice } from "@/components/ui/saved-notice";

const labels = {
  kind: "Czy spotkania są regularne",
  pattern: "Jak często",
  weekdays: "Dni tygodnia",
  interval: "Co ile tygodni",
  nth: "Który w miesiącu",
  weekday: "Dzień tygodnia",
  startTime: "Godzina rozpoczęcia",
  endTime: "Godzina zakończenia",
  note: "Opis dla mieszkańców",
  startsOn: "Od kiedy",
  endsOn: "Do kiedy",
  exceptions: "Dni bez spotkań",
  venueId: "Miejsce",
  leader: "Kto prowadzi",
};

// Shown or hidden by the answers above them (Tailwind needs the class names written out in full).
const onlyRegular = "group-has-[[name=kind][value=IRREGULAR]:checked]/schedule:hidden";
const onlyIrregular = "group-has-[[name=kind][value=RECURRING]:checked]/schedule:hidden";
const onlyWeekly = "group-has-[[name=pattern][value=monthly]:checked]/schedule:hidden";
const onlyMonthly = "group-has-[[name=pattern][value=weekly]:checked]/schedule:hidden";

type Option = { value: string; label: string };

export function ScheduleForm({
  offerId,
  scheduleId,
  initial,
  venues,
  backHref,
  horizonWeeks,
}: {
  offerId: string;
  /** Changing this schedule; without it, a new one is added. */
  scheduleId?: string;
  initial: ScheduleFormValues;
  venues: Option[];
  backHref: string;
  /** How far ahead sessions are generated (materialise.ts), for the note above the button. */
  horizonWeeks: number;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(scheduleId ? updateScheduleAction : createScheduleAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v = state && !state.ok && state.values ? state.values : initial;
  const field = (name: keyof typeof labels) => ({ name, label: labels[name], defaultValue: v[name] ?? "", errors: errors?.[name] });
  const saved = state?.ok ? state : null;
  return (
    <>
      <SavedNotice state={state}>
        <Link href={backHref} className="text-blue-800 underline">
          Wróć do oferty
        </Link>
        {scheduleId ? null : <p className="mt-1">Możesz też dodać kolejny harmonogram poniżej.</p>}
      </SavedNotice>
      {/* A new schedule starts afresh after saving; a changed one shows what was saved. */}
      <form
        action={formAction}
        noValidate
        className="group/schedule max-w-3xl"
        key={scheduleId ? JSON.stringify(initial) : (saved?.data as { scheduleId?: string })?.scheduleId}
      >
        {state && !state.ok ? <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} /> : null}
        <input type="hidden" name="offerId" value={offerId} />
        {scheduleId ? <input type="hidden" name="scheduleId" value={scheduleId} /> : null}
        <RadioGroup
          name="kind"
          legend="Czy spotkania odbywają się regularnie?"
          checked={v.kind}
          errors={errors?.kind}
          options={[
            { value: "RECURRING", label: "Tak, według stałego rytmu", hint: "Np. w każdy poniedziałek 16:30–18:00 albo w pierwszy czwartek miesiąca." },
            { value: "IRREGULAR", label: "Nie, w zależności od potrzeb", hint: "Terminy dodasz pojedynczo jako dodatkowe spotkania." },
          ]}
        />
        <div className={onlyRegular}>
          <RadioGroup
            name="pattern"
            legend="Jak często?"
            checked={v.pattern}
            errors={errors?.pattern}
            options={[
              { value: "weekly", label: "W wybrane dni tygodnia", hint: "Co tydzień albo co kilka tygodni." },
              { value: "monthly", label: "Raz w miesiącu", hint: "Np. w pierwszy czwartek miesiąca." },
            ]}
          />
          <div className={onlyWeekly}>
            <CheckboxGroup
              name="weekdays"
              legend="W które dni tygodnia?"
              hint="Zaznacz wszystkie, które pasują."
              checked={(v.weekdays ?? "").split("\n")}
              errors={errors?.weekdays ?? errors?.["weekdays.0"]}
              options={WEEKDAY_OPTIONS}
            />
            <SelectField {...field("interval")} label="Co ile tygodni?" defaultValue={v.interval || "1"} options={INTERVAL_OPTIONS} />
          </div>
          <div className={onlyMonthly}>
            <SelectField {...field("nth")} label="Który w miesiącu?" options={[{ value: "", label: "Wybierz" }, ...NTH_OPTIONS]} />
            <SelectField {...field("weekday")} options={[{ value: "", label: "Wybierz" }, ...WEEKDAY_OPTIONS]} />
          </div>
          <TextField {...field("startTime")} type="time" hint="Np. 16:30." className="max-w-40" />
          <TextField {...field("endTime")} type="time" className="max-w-40" />
        </div>
        <div className={onlyIrregular}>
          <TextArea
            {...field("note")}
            label="Opis dla mieszkańców (nieobowiązkowy)"
            hint="Np. „Dwa razy w roku, terminy podajemy na stronie”. Bez opisu mieszkańcy zobaczą: nieregularnie, w zależności od potrzeb."
            rows={2}
          />
        </div>
        <TextField {...field("startsOn")} type="date" hint="Pierwszy dzień, od którego obowiązuje harmonogram, np. początek cyklu KIS." className="max-w-56" />
        <TextField
          {...field("endsOn")}
          label="Do kiedy (nieobowiązkowe)"
          type="date"
          hint="Np. ostatni dzień cyklu KIS. Zostaw puste, jeśli spotkania trwają bez określonego końca."
          className="max-w-56"
        />
        <div className={onlyRegular}>
          <TextArea
            {...field("exceptions")}
            label="Dni bez spotkań (nieobowiązkowe)"
            hint="Np. święta albo urlop prowadzącego. Każdą datę wpisz w osobnym wierszu, np. 24.12.2026."
            rows={3}
          />
        </div>
        <SelectField {...field("venueId")} options={[{ value: "", label: "Do ustalenia" }, ...venues]} />
        <TextField {...field("leader")} label="Kto prowadzi (nieobowiązkowe)" hint="Np. psycholog albo imię i nazwisko prowadzącej osoby." autoComplete="off" />
        <p className="mb-4 max-w-xl text-slate-700">
          {scheduleId
            ? "Przyszłe spotkania zostaną ułożone według nowych ustawień. Spotkania z listą obecności lub zadaniami dla wolontariuszy oraz odwołane i przeniesione ręcznie zostaną bez zmian."
            : `Spotkania na najbliższe ${horizonWeeks} tygodni pojawią się od razu; kolejne będą dopisywane na bieżąco.`}
        </p>
        <SubmitButton>Zapisz harmonogram</SubmitButton>
      </form>
    </>
  );
}

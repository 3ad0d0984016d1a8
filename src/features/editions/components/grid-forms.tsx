"use client";
// The session grid's forms: topics and specialists of all sessions in one save, a cycle's rhythm,
// an integration event, and cancelling a session with a reason.
import { TableHead } from "@/components/ui/table-head";
import Link from "next/link";
import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/choices";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId, SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { WEEKDAY_OPTIONS } from "@/features/schedules/options";
import { addEventAction, cancelEditionSessionAction, planCycleAction, setTopicsAction } from "../actions";

type State = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null;

function Outcome({ state, labels }: { state: State; labels?: Record<string, string> }) {
  if (!state) return null;
  return state.ok ? (
    <Notice tone="success" live title={state.message ?? "Zapisano."} />
  ) : (
    <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} labels={labels} />
  );
}

/** `register`: the session's attendance list, once its day has come (never for a cancelled one). */
export type GridRow = { id: string; date: string; time: string; kind: string; topic: string; leader: string; status: string; register: string | null };
export type GridGroup = { key: string; title: string; rows: GridRow[] };

const input = "block w-full min-w-40 rounded border-2 border-slate-700 bg-white px-2 py-1 text-base text-slate-900 aria-[invalid=true]:border-red-700";

function RowInput({ name, label, value, errors }: { name: string; label: string; value: string; errors?: string[] }) {
  const id = fieldId(name);
  return (
    <>
      <input
        id={id}
        name={name}
        aria-label={label}
        defaultValue={value}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className={input}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
          <span className="sr-only">Błąd: </span>
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

/** The grid itself: one table per cycle, each row's topic and specialist editable, saved at once. */
export function TopicsForm({ editionId, groups }: { editionId: string; groups: GridGroup[] }) {
  const [state, formAction] = useActionState(setTopicsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  let n = 0;
  const labels: Record<string, string> = {};
  for (const g of groups)
    for (const r of g.rows) Object.assign(labels, { [`sessions.${n}.topic`]: `Temat, ${r.date}`, [`sessions.${n++}.leader`]: `Prowadzący, ${r.date}` });
  n = 0;
  return (
    <form action={formAction} noValidate>
      <Outcome state={state} labels={labels} />
      <input type="hidden" name="editionId" value={editionId} />
      {groups.map((g) => (
        <div key={g.key} className="mb-8 overflow-x-auto">
          <h3 className="mb-2 text-xl font-bold">{g.title}</h3>
          <table className="w-full text-left">
            <caption className="sr-only">Zajęcia: {g.title}</caption>
            <TableHead columns={["Data", "Godziny", "Rodzaj", "Temat", "Prowadzący (specjalista)", "Stan", "Obecność"]} dense />
            <tbody>
              {g.rows.map((r) => {
                const i = n++;
                return (
                  <tr key={r.id} className="border-b border-slate-300 align-top">
                    <td className="py-2 pr-3">
                      <input type="hidden" name={`sessions.${i}.id`} value={r.id} />
                      {r.date}
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">{r.time}</td>
                    <td className="py-2 pr-3">{r.kind}</td>
                    <td className="py-2 pr-3">
                      <RowInput
                        name={`sessions.${i}.topic`}
                        label={`Temat, ${r.date}`}
                        value={values?.[`sessions.${i}.topic`] ?? r.topic}
                        errors={errors?.[`sessions.${i}.topic`]}
                      />
                    </td>
                    <td className="py-2 pr-3">
                      <RowInput
                        name={`sessions.${i}.leader`}
                        label={`Prowadzący, ${r.date}`}
                        value={values?.[`sessions.${i}.leader`] ?? r.leader}
                        errors={errors?.[`sessions.${i}.leader`]}
                      />
                    </td>
                    <td className="py-2 pr-3">{r.status}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {r.register ? (
                        <Link href={r.register} className="font-semibold text-blue-800 underline">
                          Lista obecności<span className="sr-only">, {r.date}</span>
                        </Link>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
      <SubmitButton>Zapisz tematy i prowadzących</SubmitButton>
    </form>
  );
}

const rhythmLabels = {
  cycleId: "Cykl",
  weekdays: "Dni tygodnia",
  startTime: "Godzina rozpoczęcia",
  endTime: "Godzina zakończenia",
  venueId: "Miejsce",
  leader: "Prowadzący",
};

export function RhythmForm({
  editionId,
  cycles,
  venues,
}: {
  editionId: string;
  cycles: { value: string; label: string }[];
  venues: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(planCycleAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <Outcome state={state} labels={rhythmLabels} />
      <input type="hidden" name="editionId" value={editionId} />
      <SelectField name="cycleId" label={rhythmLabels.cycleId} options={cycles} defaultValue={values?.cycleId ?? cycles[0]?.value} errors={errors?.cycleId} />
      <CheckboxGroup
        name="weekdays"
        legend={rhythmLabels.weekdays}
        hint="Np. wtorek i czwartek."
        options={WEEKDAY_OPTIONS}
        checked={values?.weekdays?.split("\n") ?? []}
        errors={errors?.weekdays}
      />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="startTime" label={rhythmLabels.startTime} inputMode="numeric" defaultValue={values?.startTime ?? "09:00"} errors={errors?.startTime} />
        <TextField name="endTime" label={rhythmLabels.endTime} inputMode="numeric" defaultValue={values?.endTime ?? "15:00"} errors={errors?.endTime} />
      </div>
      <SelectField
        name="venueId"
        label={`${rhythmLabels.venueId} (opcjonalnie)`}
        options={[{ value: "", label: "Nie podano" }, ...venues]}
        defaultValue={values?.venueId ?? ""}
        errors={errors?.venueId}
      />
      <TextField
        name="leader"
        label={`${rhythmLabels.leader} (opcjonalnie)`}
        hint="Jeśli wszystkie zajęcia prowadzi ta sama osoba; inaczej wpisz prowadzących przy każdych zajęciach."
        defaultValue={values?.leader}
        errors={errors?.leader}
      />
      <SubmitButton pendingText="Planowanie…">Zaplanuj zajęcia cyklu</SubmitButton>
    </form>
  );
}

const eventLabels = {
  eventDate: "Data",
  eventStart: "Godzina rozpoczęcia",
  eventEnd: "Godzina zakończenia",
  eventTopic: "Wydarzenie",
  eventVenueId: "Miejsce",
};

export function EventForm({ editionId, venues }: { editionId: string; venues: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(addEventAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} noValidate className="max-w-xl" key={state?.ok ? state.message : "form"}>
      <Outcome state={state} labels={eventLabels} />
      <input type="hidden" name="editionId" value={editionId} />
      <TextField
        name="eventTopic"
        label={eventLabels.eventTopic}
        hint="Np. wyjście do kina, kręgielnia, wspólna pizza, piknik rodzinny."
        defaultValue={values?.eventTopic}
        errors={errors?.eventTopic}
      />
      <TextField name="eventDate" type="date" label={eventLabels.eventDate} defaultValue={values?.eventDate} errors={errors?.eventDate} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField name="eventStart" label={eventLabels.eventStart} inputMode="numeric" defaultValue={values?.eventStart} errors={errors?.eventStart} />
        <TextField name="eventEnd" label={eventLabels.eventEnd} inputMode="numeric" defaultValue={values?.eventEnd} errors={errors?.eventEnd} />
      </div>
      <SelectField
        name="eventVenueId"
        label={`${eventLabels.eventVenueId} (opcjonalnie)`}
        options={[{ value: "", label: "Nie podano lub poza ośrodkiem" }, ...venues]}
        defaultValue={values?.eventVenueId ?? ""}
        errors={errors?.eventVenueId}
      />
      <SubmitButton>Dodaj wydarzenie</SubmitButton>
    </form>
  );
}

export function CancelSessionForm({ offerId, sessions }: { offerId: string; sessions: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(cancelEditionSessionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const values = state && !state.ok ? state.values : undefined;
  const labels = { sessionId: "Zajęcia", reason: "Powód odwołania" };
  return (
    <form action={formAction} noValidate className="max-w-xl" key={state?.ok ? state.message : "form"}>
      <Outcome state={state} labels={labels} />
      <input type="hidden" name="offerId" value={offerId} />
      <SelectField
        name="sessionId"
        label={labels.sessionId}
        options={[{ value: "", label: "Wybierz" }, ...sessions]}
        defaultValue={values?.sessionId ?? ""}
        errors={errors?.sessionId}
      />
      <TextField
        name="reason"
        label={labels.reason}
        hint="Np. choroba prowadzącego. Uczestnicy i mieszkańcy zobaczą ten powód."
        defaultValue={values?.reason}
        errors={errors?.reason}
      />
      <SubmitButton variant="warning">Odwołaj zajęcia</SubmitButton>
    </form>
  );
}

// What the schedule form sends. It sends every field whatever is chosen (hidden parts included); only
// the fields of the chosen kind and pattern are checked and kept.
import { optionalText, z } from "@/server/validation";
import { parseCalendarDate, parseClockTime, parseDateList, polishDate } from "@/server/calendar-input";
import { blank, calendarDate, END_AFTER_START, endsBeforeStart, list, NTHS, offerId, scheduleId, venueId, WEEKDAYS } from "./form-fields";
import type { IsoWeekday, Nth, Recurrence } from "./rule";

const exceptionDates = z.preprocess(
  (v) => (Array.isArray(v) ? v.join("\n") : (v ?? "")),
  z
    .string()
    .superRefine((text, ctx) => {
      const { unreadable } = parseDateList(text);
      if (unreadable.length) ctx.addIssue({ code: "custom", message: `Nie rozpoznano daty: ${unreadable.join(", ")}. Wpisz daty jak 11.11.2026.` });
    })
    .transform((text) => parseDateList(text).dates),
);

/** A field that passed its own check holds an ISO date; one that failed holds what was typed. */
const isIsoDate = (v: unknown): v is string => typeof v === "string" && parseCalendarDate(v) === v;

type Issue = { path: string; message: string };

const scheduleFields = z.object({
  offerId,
  kind: z.enum(["RECURRING", "IRREGULAR"], { error: "Wybierz, czy spotkania odbywają się regularnie." }),
  pattern: z.preprocess(blank, z.enum(["weekly", "monthly"], { error: "Wybierz, jak często odbywają się spotkania." }).optional()),
  weekdays: z.preprocess(list, z.array(z.enum(WEEKDAYS, { error: "Wybierz dni tygodnia z listy." }))),
  interval: z.preprocess(blank, z.enum(["1", "2", "3", "4"], { error: "Wybierz, co ile tygodni." }).default("1")),
  nth: z.preprocess(blank, z.enum(NTHS, { error: "Wybierz, który w miesiącu." }).optional()),
  weekday: z.preprocess(blank, z.enum(WEEKDAYS, { error: "Wybierz dzień tygodnia." }).optional()),
  startsOn: calendarDate("datę rozpoczęcia"),
  endsOn: z.preprocess(blank, calendarDate("datę zakończenia").optional()),
  // Checked below, and only for regular meetings.
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  venueId,
  leader: optionalText(120),
  exceptions: exceptionDates,
  note: optionalText(300),
});

type ScheduleFields = z.output<typeof scheduleFields>;

/** The checks that need more than one field; each guards against a field that already failed. */
function scheduleIssues(v: ScheduleFields): Issue[] {
  const issues: Issue[] = [];
  if (isIsoDate(v.startsOn) && isIsoDate(v.endsOn) && v.endsOn < v.startsOn) {
    issues.push({ path: "endsOn", message: "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia." });
  }
  if (isIsoDate(v.startsOn) && Array.isArray(v.exceptions)) {
    const outside = v.exceptions.filter((d) => d < v.startsOn || (isIsoDate(v.endsOn) && d > v.endsOn));
    if (outside.length) {
      issues.push({
        path: "exceptions",
        message: `Dni bez spotkań muszą przypadać między datą rozpoczęcia a zakończenia. Poza tym okresem: ${outside.map(polishDate).join(", ")}.`,
      });
    }
  }
  if (v.kind !== "RECURRING") return issues;
  if (!v.pattern) issues.push({ path: "pattern", message: "Wybierz, jak często odbywają się spotkania." });
  if (v.pattern === "weekly" && Array.isArray(v.weekdays) && v.weekdays.length === 0) {
    issues.push({ path: "weekdays", message: "Zaznacz co najmniej jeden dzień tygodnia." });
  }
  if (v.pattern === "monthly" && !v.nth) issues.push({ path: "nth", message: "Wybierz, który w miesiącu." });
  if (v.pattern === "monthly" && !v.weekday) issues.push({ path: "weekday", message: "Wybierz dzień tygodnia." });
  const times = { startTime: "godzinę rozpoczęcia", endTime: "godzinę zakończenia" } as const;
  for (const [field, label] of Object.entries(times) as [keyof typeof times, string][]) {
    const text = v[field]?.trim() ?? "";
    if (!text) issues.push({ path: field, message: `Podaj ${label}.` });
    else if (!parseClockTime(text)) issues.push({ path: field, message: "Podaj godzinę w formacie GG:MM, np. 16:30." });
  }
  const start = parseClockTime(v.startTime ?? "");
  const end = parseClockTime(v.endTime ?? "");
  if (start && end && endsBeforeStart(start, end)) issues.push({ path: "endTime", message: END_AFTER_START });
  return issues;
}

export type ScheduleInput = {
  offerId: string;
  kind: "RECURRING" | "IRREGULAR";
  /** Null for irregular meetings. */
  recurrence: Recurrence | null;
  startsOn: string;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  venueId: string | null;
  leader: string | null;
  exceptions: string[];
  note: string | null;
};

function toScheduleInput(v: ScheduleFields): ScheduleInput {
  const recurring = v.kind === "RECURRING";
  const recurrence: Recurrence | null = !recurring
    ? null
    : v.pattern === "monthly"
      ? { pattern: "monthly", nth: Number(v.nth) as Nth, weekday: Number(v.weekday) as IsoWeekday }
      : { pattern: "weekly", weekdays: v.weekdays.map(Number) as IsoWeekday[], interval: Number(v.interval) };
  return {
    offerId: v.offerId,
    kind: v.kind,
    recurrence,
    startsOn: v.startsOn,
    endsOn: v.endsOn ?? null,
    startTime: recurring ? parseClockTime(v.startTime ?? "") : null,
    endTime: recurring ? parseClockTime(v.endTime ?? "") : null,
    venueId: v.venueId ?? null,
    leader: v.leader ?? null,
    exceptions: v.exceptions,
    // The note is what residents read instead of a rule; a regular schedule has its rule.
    note: recurring ? null : (v.note ?? null),
  };
}

const checkSchedule = (v: ScheduleFields, ctx: z.RefinementCtx) => {
  for (const issue of scheduleIssues(v)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
};

export const createScheduleInput = scheduleFields.superRefine(checkSchedule).transform(toScheduleInput);

export const updateScheduleInput = scheduleFields
  .extend({ scheduleId })
  .superRefine(checkSchedule)
  .transform((v) => ({ ...toScheduleInput(v), scheduleId: v.scheduleId }));

export const archiveScheduleInput = z.object({ offerId, scheduleId });

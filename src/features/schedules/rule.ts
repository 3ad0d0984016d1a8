// The schedules staff can set up, as a structure the form works with, and its RFC 5545 RRULE:
// weekly on chosen weekdays, every n weeks, or monthly on the n-th weekday ("first Thursday").
// Also derives what residents filter by: the weekdays and the start minute of the day.

export const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** 1–4, or -1 for the last one of the month. */
export type Nth = 1 | 2 | 3 | 4 | -1;

export type Recurrence = { pattern: "weekly"; weekdays: IsoWeekday[]; interval: number } | { pattern: "monthly"; nth: Nth; weekday: IsoWeekday };

const code = (d: IsoWeekday) => WEEKDAY_CODES[d - 1];
const iso = (c: string) => (WEEKDAY_CODES.indexOf(c as (typeof WEEKDAY_CODES)[number]) + 1) as IsoWeekday;

export function toRrule(r: Recurrence): string {
  if (r.pattern === "monthly") return `FREQ=MONTHLY;BYDAY=${r.nth}${code(r.weekday)}`;
  const days = [...new Set(r.weekdays)].sort().map(code).join(",");
  return r.interval > 1 ? `FREQ=WEEKLY;INTERVAL=${r.interval};BYDAY=${days}` : `FREQ=WEEKLY;BYDAY=${days}`;
}

/** The structure of a rule the form can show, or null for a rule it does not offer. */
export function fromRrule(rrule: string): Recurrence | null {
  const parts = Object.fromEntries(rrule.split(";").map((p) => p.split("=") as [string, string]));
  const days = (parts.BYDAY ?? "").split(",").filter(Boolean);
  if (parts.FREQ === "WEEKLY" && days.length && days.every((d) => iso(d) > 0)) {
    return { pattern: "weekly", weekdays: days.map(iso), interval: Number(parts.INTERVAL ?? 1) };
  }
  const nth = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(days[0] ?? "");
  if (parts.FREQ === "MONTHLY" && days.length === 1 && nth) return { pattern: "monthly", nth: Number(nth[1]) as Nth, weekday: iso(nth[2]) };
  return null;
}

/** ISO weekdays on which the rule meets (for filtering), sorted. */
export function weekdaysOf(rrule: string | null | undefined): IsoWeekday[] {
  const r = rrule ? fromRrule(rrule) : null;
  if (!r) return [];
  return r.pattern === "weekly" ? [...new Set(r.weekdays)].sort() : [r.weekday];
}

/** "16:30" → 990. */
export function minuteOfDay(time: string | null | undefined): number | null {
  const m = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The columns a schedule derives from its rule, for every place that saves one. */
export function derivedScheduleColumns(s: { rrule?: string | null; startTime?: string | null }) {
  return { weekdays: weekdaysOf(s.rrule), startMinute: minuteOfDay(s.startTime) };
}

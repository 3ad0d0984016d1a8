// A contract's period and the dates inside it. Dates are ISO strings ("2026-03-02") here; the
// columns are @db.Date (see src/server/time.ts).
import { polishDate } from "@/server/calendar-input";
import { fromDbDate, localDate } from "@/server/time";

export type Period = { start: string; end: string };

export const periodOf = (c: { periodStart: Date; periodEnd: Date }): Period => ({ start: fromDbDate(c.periodStart), end: fromDbDate(c.periodEnd) });

export const within = (date: string, p: Period) => date >= p.start && date <= p.end;

export const periodText = (p: Period) => `${polishDate(p.start)}–${polishDate(p.end)}`;

export const deadlineOutside = (p: Period) => `Termin musi przypadać w okresie kontraktu: ${periodText(p)}.`;

/** Today's date where the centre is. */
export const today = (zone: string, now = new Date()) => localDate(now, zone);

export const NOT_IN_FUTURE = (what: string) => `${what} nie może być późniejsza niż dzisiaj.`;

/** An ISO date n days on (or back), by the calendar, whatever the clocks do. */
export function addDaysIso(date: string, n: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

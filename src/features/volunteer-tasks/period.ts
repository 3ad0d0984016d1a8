// The period of a report, from the query string ("?from=2026-01-01&to=2026-12-31"); this year by default.
import { addDays, format, parseISO } from "date-fns";
import { parseCalendarDate } from "@/server/calendar-input";
import { localDate } from "@/server/time";
import type { Period } from "./hours-data";

export function periodOf(search: { from?: string; to?: string }, zone: string, now = new Date()): Period & { error?: string } {
  const year = localDate(now, zone).slice(0, 4);
  const from = search.from ? parseCalendarDate(search.from) : `${year}-01-01`;
  const to = search.to ? parseCalendarDate(search.to) : `${year}-12-31`;
  if (!from || !to) return { from: `${year}-01-01`, to: `${year}-12-31`, error: "Podaj prawdziwe daty, np. 01.01.2026. Pokazujemy bieżący rok." };
  if (from > to) return { from: to, to: from, error: "Data początkowa była późniejsza niż końcowa: zamieniliśmy je." };
  return { from, to };
}

/** How many days after the session a volunteer may still have worked for it (clearing up, reports). */
export const HOURS_DAYS_AFTER = 14;

/** The days on which work for a session can be logged: its local day to HOURS_DAYS_AFTER days after. */
export function hoursWindow(startsAt: Date, zone: string) {
  const first = localDate(startsAt, zone);
  return { first, last: format(addDays(parseISO(first), HOURS_DAYS_AFTER), "yyyy-MM-dd") };
}

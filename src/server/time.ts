// Calendar arithmetic in the centres' time zone. Sessions are stored as instants (timestamptz);
// people think in Warsaw wall-clock time, with weeks starting on Monday.
import { TZDate } from "@date-fns/tz";
import { addDays, addWeeks, format, parseISO, startOfWeek } from "date-fns";

export const ZONE = "Europe/Warsaw";

/** The local calendar date ("2026-11-23") of an instant in Warsaw. */
export function localDate(instant: Date, zone = ZONE): string {
  return format(new TZDate(instant, zone), "yyyy-MM-dd");
}

/** The instant at which a local date and wall-clock time ("16:30") happen in Warsaw. */
export function zonedInstant(date: string, time: string, zone = ZONE): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, zone).getTime());
}

/** Monday 00:00 to the next Monday 00:00 (Warsaw) of the week containing `instant`, `offset` weeks on. */
export function weekRange(instant: Date, offset = 0, zone = ZONE): { start: Date; end: Date; monday: string } {
  const monday = addWeeks(startOfWeek(new TZDate(instant, zone), { weekStartsOn: 1 }), offset);
  return { start: new Date(monday.getTime()), end: new Date(addDays(monday, 7).getTime()), monday: format(monday, "yyyy-MM-dd") };
}

/** A @db.Date column value for a local date ("2026-11-23"): midnight UTC, as Prisma stores dates. */
export function dbDate(date: string): Date {
  return parseISO(`${date}T00:00:00Z`);
}

/** The local date string of a @db.Date column value. */
export function fromDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

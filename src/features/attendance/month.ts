// Months of the register as "YYYY-MM", in the centre's time zone.
import { zonedInstant } from "@/server/time";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string) => MONTH.test(value);

/** "2026-11" → "2026-12" (offset months on). */
export function shiftMonth(month: string, offset: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The month of a local date ("2026-11-23" → "2026-11"). */
export const monthOf = (date: string) => date.slice(0, 7);

/** First and last local day of a month. */
export function monthDays(month: string): { first: string; last: string } {
  const [y, m] = month.split("-").map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(days).padStart(2, "0")}` };
}

/** From the month's first midnight to the next month's, in the time zone. */
export function monthRange(month: string, zone?: string): { start: Date; end: Date } {
  return { start: zonedInstant(`${month}-01`, "00:00", zone), end: zonedInstant(`${shiftMonth(month, 1)}-01`, "00:00", zone) };
}

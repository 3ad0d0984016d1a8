// The report's year: a calendar year in Warsaw, for @db.Date columns (local dates) and for instants.
import { zonedInstant } from "@/server/time";

export const FIRST_REPORT_YEAR = 2010;

/** The year asked for in `?rok=`, or `fallback` when it is missing or not a sensible year. */
export function parseReportYear(value: string | string[] | undefined | null, fallback: number): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{4}$/.test(raw.trim())) return fallback;
  const year = Number(raw.trim());
  return year >= FIRST_REPORT_YEAR && year <= fallback + 1 ? year : fallback;
}

export type YearBounds = { year: number; from: string; to: string; start: Date; end: Date };

/** First and last local date of the year, and the instants at which it starts and the next begins. */
export function yearBounds(year: number): YearBounds {
  return {
    year,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    start: zonedInstant(`${year}-01-01`, "00:00"),
    end: zonedInstant(`${year + 1}-01-01`, "00:00"),
  };
}

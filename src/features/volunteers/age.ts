// Ages of volunteers, counted as the year of service minus the year of birth (the register keeps
// only the year). The club takes people from 13 to 84; under 18 a guardian's consent is needed.
import { addDays, format, parseISO } from "date-fns";
import { fromDbDate, localDate } from "@/server/time";

export const MIN_AGE = 13;
export const MAX_AGE = 84;
export const ADULT_AGE = 18;

/** This year in Warsaw. */
export function currentYear(now = new Date()): number {
  return Number(localDate(now).slice(0, 4));
}

export function ageIn(birthYear: number, year = currentYear()): number {
  return year - birthYear;
}

export function isMinor(birthYear: number, year = currentYear()): boolean {
  return ageIn(birthYear, year) < ADULT_AGE;
}

/** The day after an agreement's end: the earliest start of its renewal. */
export function dayAfter(endsOn: Date): string {
  return format(addDays(parseISO(fromDbDate(endsOn)), 1), "yyyy-MM-dd");
}

// Ages of volunteers. The register keeps only the year of birth, so "age" here is the age a person
// reaches in a given year: year − birthYear. Someone born in December is one year younger than that
// until their birthday. The two limits are therefore read so that the doubt goes the safe way:
//
// - Guardian's consent (under 18): needed while year − birthYear <= 18. A person who turns 18 this
//   year may still be 17 today, so the consent is asked for until the end of the year they turn 18.
// - Lower limit 13 (the "13–84"): allowed when year − birthYear >= 13, i.e. from the year
//   they turn 13. Someone accepted in January may be 12 for a few months, but as a minor they always
//   come with a guardian's consent (the rule above), which is what the limit protects.
// - Upper limit 84: year − birthYear <= 84, the year they turn 84.
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

/** May still be under 18 at some day of `year` (see above): a guardian's consent is needed. */
export function needsGuardianConsent(birthYear: number, year = currentYear()): boolean {
  return ageIn(birthYear, year) <= ADULT_AGE;
}

/** The day after an agreement's end: the earliest start of its renewal. */
export function dayAfter(endsOn: Date): string {
  return format(addDays(parseISO(fromDbDate(endsOn)), 1), "yyyy-MM-dd");
}

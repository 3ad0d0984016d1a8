// A recurring schedule becomes concrete dates. rrule-temporal implements RFC 5545 on Temporal's
// zoned date-times, so "every Monday 16:30 in Warsaw" stays 16:30 across the DST changes.
import { RRuleTemporal } from "rrule-temporal";
import { zonedInstant } from "@/server/time";

export type RecurringRule = {
  /** RRULE body, e.g. "FREQ=WEEKLY;BYDAY=MO". */
  rrule: string;
  /** First possible date, "YYYY-MM-DD" (DTSTART's date). */
  startsOn: string;
  /** Last possible date, inclusive (e.g. the end of a KIS cycle). */
  endsOn?: string | null;
  /** Local wall-clock times, "HH:mm". */
  startTime: string;
  endTime: string;
  /** Dates on which it does not meet. */
  exceptions?: readonly string[];
  timeZone: string;
};

export type Occurrence = { date: string; startsAt: Date; endsAt: Date };

function dtstart(rule: RecurringRule): string {
  return `DTSTART;TZID=${rule.timeZone}:${rule.startsOn.replaceAll("-", "")}T${rule.startTime.replace(":", "")}00`;
}

/** Occurrences that start in [from, to), minus exceptions and anything after endsOn. */
export function occurrencesBetween(rule: RecurringRule, from: Date, to: Date): Occurrence[] {
  const until = rule.endsOn ? zonedInstant(rule.endsOn, "23:59", rule.timeZone) : null;
  const end = until && until < to ? until : to;
  if (end <= from) return [];
  const recurrence = new RRuleTemporal({ rruleString: `${dtstart(rule)}\nRRULE:${rule.rrule}` });
  const skip = new Set(rule.exceptions ?? []);
  return recurrence
    .between(from, end, true)
    .map((zoned) => {
      const date = zoned.toPlainDate().toString();
      return { date, startsAt: new Date(zoned.epochMilliseconds), endsAt: zonedInstant(date, rule.endTime, rule.timeZone) };
    })
    .filter((o) => o.startsAt >= from && o.startsAt < end && !skip.has(o.date));
}

// The schedule form's fields as the browser holds them (text), from a saved schedule or the defaults
// of a new one. The form shows these until a failed save, then what the person typed.
import { fromDbDate } from "@/server/time";
import { polishDate } from "@/server/calendar-input";
import { fromRrule } from "./rule";

export type ScheduleFormValues = Record<string, string>;

/** A new schedule: regular, weekly, from today, at the offer's usual place. */
export function newScheduleValues(today: string, venueId: string | null): ScheduleFormValues {
  return { kind: "RECURRING", pattern: "weekly", interval: "1", startsOn: today, venueId: venueId ?? "" };
}

type SavedSchedule = {
  kind: "RECURRING" | "IRREGULAR";
  rrule: string | null;
  startsOn: Date;
  endsOn: Date | null;
  startTime: string | null;
  endTime: string | null;
  exceptions: Date[];
  note: string | null;
  leader: string | null;
  venueId: string | null;
};

/**
 * A saved schedule as form fields. A rule the form cannot show (made outside it) leaves the
 * pattern unanswered, so saving asks for a choice instead of quietly changing the rule.
 */
export function savedScheduleValues(s: SavedSchedule): ScheduleFormValues {
  const rule = s.rrule ? fromRrule(s.rrule) : null;
  const pattern: ScheduleFormValues =
    rule?.pattern === "weekly"
      ? { pattern: "weekly", weekdays: rule.weekdays.join("\n"), interval: String(rule.interval) }
      : rule?.pattern === "monthly"
        ? { pattern: "monthly", nth: String(rule.nth), weekday: String(rule.weekday) }
        : {};
  return {
    kind: s.kind,
    ...pattern,
    startsOn: fromDbDate(s.startsOn),
    endsOn: s.endsOn ? fromDbDate(s.endsOn) : "",
    startTime: s.startTime ?? "",
    endTime: s.endTime ?? "",
    exceptions: s.exceptions.map((d) => polishDate(fromDbDate(d))).join("\n"),
    note: s.note ?? "",
    leader: s.leader ?? "",
    venueId: s.venueId ?? "",
  };
}

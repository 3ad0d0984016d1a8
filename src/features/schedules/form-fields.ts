// Fields shared by the schedule and session forms, with Polish messages. Format checks are
// refinements, not failing transforms, so the checks across fields still run and the person sees
// every problem at once; an empty field gets only its "Podaj …" message.
import { parseClockTime } from "@/server/calendar-input";
import { blank } from "@/server/form-fields";
import { z } from "@/server/validation";

export { blank, calendarDate, clockTime, list } from "@/server/form-fields";

export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
export const NTHS = ["1", "2", "3", "4", "-1"] as const;

export const offerId = z.uuid({ error: "Nie rozpoznano oferty." });
export const scheduleId = z.uuid({ error: "Nie rozpoznano harmonogramu." });
export const sessionId = z.uuid({ error: "Nie rozpoznano spotkania." });
export const venueId = z.preprocess(blank, z.uuid({ error: "Wybierz miejsce z listy." }).optional());

/** End not after start, both "HH:mm" (the caller checked the format). */
export const endsBeforeStart = (start: string, end: string) => end <= start;
export const END_AFTER_START = "Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia.";

/** For forms with a start and an end time that both passed their own checks. */
export function endAfterStart(v: { startTime: string; endTime: string }, ctx: z.RefinementCtx) {
  const start = parseClockTime(v.startTime);
  const end = parseClockTime(v.endTime);
  if (start && end && endsBeforeStart(start, end)) ctx.addIssue({ code: "custom", path: ["endTime"], message: END_AFTER_START });
}

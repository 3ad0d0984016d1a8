// What the forms of single sessions send: cancel, restore, move, and an extra date.
import { optionalText, requiredText, z } from "@/server/validation";
import { calendarDate, clockTime, endAfterStart, offerId, sessionId, venueId } from "./form-fields";

const sessionTimes = {
  date: calendarDate("datę spotkania"),
  startTime: clockTime("godzinę rozpoczęcia"),
  endTime: clockTime("godzinę zakończenia"),
  venueId,
};

export const sessionRefInput = z.object({ offerId, sessionId });

export const cancelSessionInput = sessionRefInput.extend({ reason: requiredText("powód odwołania", 300) });

export const moveSessionInput = sessionRefInput.extend(sessionTimes).superRefine(endAfterStart);

export const addSessionInput = z.object({ offerId, ...sessionTimes, topic: optionalText(200), leader: optionalText(120) }).superRefine(endAfterStart);

import { z } from "@/server/validation";
import { ATTENDANCE_STATUSES } from "./labels";

/** The form's field for one person's mark: "mark.<participantId>". */
export const MARK_PREFIX = "mark.";
export const markField = (participantId: string) => `${MARK_PREFIX}${participantId}`;

/** A form's "mark.<id>" fields gathered into { marks: { <id>: status } }; an object with marks passes as it is. */
function gatherMarks(raw: unknown) {
  if (!raw || typeof raw !== "object" || "marks" in raw) return raw;
  const marks: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(MARK_PREFIX)) marks[key.slice(MARK_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return { ...rest, marks };
}

export const saveRegisterInput = z.preprocess(
  gatherMarks,
  z.object({
    sessionId: z.uuid({ error: "Nie rozpoznano zajęć." }),
    marks: z.record(
      z.uuid({ error: "Nie rozpoznano uczestnika." }),
      z.enum(ATTENDANCE_STATUSES, { error: "Wybierz: obecny/a, usprawiedliwiony/a albo nieobecny/a." }),
    ),
  }),
);

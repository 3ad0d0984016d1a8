import { LeaveReason, OutcomeKind } from "@/generated/prisma/enums";
import { calendarDate } from "@/server/form-fields";
import { optionalText, z } from "@/server/validation";

const enrolment = z.object({
  editionId: z.uuid({ error: "Nie rozpoznano edycji." }),
  enrolmentId: z.uuid({ error: "Nie rozpoznano uczestnika." }),
});

export const periodInput = enrolment
  .extend({ start: calendarDate("datę rozpoczęcia udziału"), end: calendarDate("datę zakończenia udziału") })
  .refine((v) => v.start <= v.end, { message: "Zakończenie nie może być przed rozpoczęciem.", path: ["end"] });

export const leaveInput = enrolment.extend({
  reason: z.enum(LeaveReason, { error: "Wybierz powód zakończenia udziału." }),
  leftOn: calendarDate("datę zakończenia udziału"),
  note: optionalText(500),
});

export const outcomeInput = enrolment.extend({
  kind: z.enum(OutcomeKind, { error: "Wybierz rodzaj efektu." }),
  achievedOn: calendarDate("datę"),
  note: optionalText(300),
});

export const removeOutcomeInput = enrolment.extend({ outcomeId: z.uuid({ error: "Nie rozpoznano efektu." }) });

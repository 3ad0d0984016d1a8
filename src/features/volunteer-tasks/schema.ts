import { calendarDate, checkbox, optionalDate, blank } from "@/server/form-fields";
import { parseClockTime } from "@/server/calendar-input";
import { optionalText, requiredText, z } from "@/server/validation";

const id = (message: string) => z.uuid({ error: message });

export const createTaskInput = z
  .object({
    sessionId: id("Wybierz spotkanie albo wydarzenie."),
    role: requiredText("rolę wolontariusza, np. „pomoc przy pikniku”", 120),
    description: optionalText(1000),
    needed: z.preprocess(
      (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
      z
        .number({ error: "Podaj, ilu wolontariuszy potrzeba, np. 3." })
        .int("Podaj liczbę całkowitą, np. 3.")
        .min(1, "Potrzeba co najmniej jednej osoby.")
        .max(100, "Najwyżej 100 osób."),
    ),
    withChildren: checkbox,
    openForSignup: checkbox,
    withdrawUntilDate: optionalDate,
    withdrawUntilTime: z.preprocess(
      (v) => blank(typeof v === "string" ? v.trim() : v),
      z
        .string()
        .refine((t) => parseClockTime(t) !== null, "Podaj godzinę w formacie GG:MM, np. 16:30.")
        .transform((t) => parseClockTime(t)!)
        .optional(),
    ),
    coordinatorId: z.preprocess(blank, id("Wybierz koordynatora zadania.").optional()),
  })
  .refine((v) => v.withdrawUntilDate || !v.withdrawUntilTime, { message: "Podaj też datę.", path: ["withdrawUntilDate"] });

export const taskRef = z.object({ taskId: id("Nie rozpoznano zadania.") });

export const assignInput = z.object({
  taskId: id("Nie rozpoznano zadania."),
  volunteerId: id("Wybierz wolontariusza."),
});

export const decideSignupInput = z.object({
  assignmentId: id("Nie rozpoznano zgłoszenia."),
  decision: z.enum(["APPROVED", "DECLINED"], { error: "Wybierz: przyjmij albo odrzuć." }),
});

export const withdrawInput = z.object({ assignmentId: id("Nie rozpoznano zgłoszenia.") });

/** "4", "2,5" or "1.75" hours → minutes. */
const hours = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
  z
    .number({ error: "Podaj liczbę godzin, np. 4 albo 2,5." })
    .min(0.25, "Najmniej 15 minut (0,25 godziny).")
    .max(16, "Najwyżej 16 godzin jednego dnia.")
    .transform((h) => Math.round(h * 60)),
);

export const logHoursInput = z.object({
  taskId: id("Nie rozpoznano zadania."),
  workedOn: calendarDate("dzień pracy"),
  /** Typed in hours; parsed to minutes. */
  hours,
  description: optionalText(500),
});

export const decideHoursInput = z.object({
  hoursId: id("Nie rozpoznano wpisu godzin."),
  decision: z.enum(["APPROVED", "REJECTED"], { error: "Wybierz: zatwierdź albo odrzuć." }),
});

// Form fields as browsers send them (text; repeated names as arrays; unticked boxes not at all;
// empty selects and unanswered radios as ""), turned into clean values with Polish messages. One
// place, so every form reads dates, times, boxes and lists the same way.
import { parseCalendarDate, parseClockTime } from "./calendar-input";
import { z } from "./validation";

/** An empty select, an unanswered radio group or an empty field means "not given". */
export const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
/** Checkboxes of one name: none ticked sends nothing, one sends a string, several an array. */
export const list = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);

/** Ticked options of a checkbox group. */
export const ticked = <T extends z.ZodType>(option: T) => z.preprocess(list, z.array(option));

/** A ticked box sends "on"; an unticked one sends nothing. */
export const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** A select of records whose empty option means "none". */
export const optionalId = (message: string) => z.preprocess(blank, z.uuid({ error: message }).optional());

/** A text area with one entry per line (partners, specialists): trimmed, blank lines dropped. */
export const lines = (label: string) =>
  z.preprocess(
    (v) => {
      const items = typeof v === "string" ? v.split(/\r?\n/) : v === undefined ? [] : v;
      return Array.isArray(items) ? items.map((i) => (typeof i === "string" ? i.trim() : i)).filter((i) => i !== "") : items;
    },
    // Checked as a whole, so the message stands next to the one text area.
    z
      .array(z.string())
      .max(50, `Wpisz najwyżej 50 pozycji (${label}).`)
      .refine((items) => items.every((i) => i.length <= 200), `Każda pozycja (${label}) może mieć najwyżej 200 znaków.`),
  );

export const DATE_MESSAGE = "Podaj prawdziwą datę, np. 11.11.2026.";

/**
 * A calendar date as a date field sends it ("2026-11-11") or as people type it ("11.11.2026"),
 * as "2026-11-11". Format problems are refinements, so checks across fields still run and the
 * person sees every problem at once.
 */
export const calendarDate = (label: string) =>
  z
    .string({ error: `Podaj ${label}.` })
    .trim()
    .min(1, `Podaj ${label}.`)
    .refine((text) => text === "" || parseCalendarDate(text) !== null, DATE_MESSAGE)
    .transform((text) => parseCalendarDate(text)!);

export const optionalDate = z.preprocess(
  (v) => blank(typeof v === "string" ? v.trim() : v),
  z
    .string()
    .refine((text) => parseCalendarDate(text) !== null, DATE_MESSAGE)
    .transform((text) => parseCalendarDate(text)!)
    .optional(),
);

/** "16:30" (also typed "9:00" or "9.00"). */
export const clockTime = (label: string) =>
  z
    .string({ error: `Podaj ${label}.` })
    .trim()
    .min(1, `Podaj ${label}.`)
    .refine((text) => text === "" || parseClockTime(text) !== null, "Podaj godzinę w formacie GG:MM, np. 16:30.")
    .transform((text) => parseClockTime(text)!);

export const optionalPhone = z.preprocess(
  (v) => blank(typeof v === "string" ? v.trim() : v),
  z
    .string()
    .max(40, "Najwyżej 40 znaków.")
    .regex(/^\+?[\d\s()-]{6,}$/, "Podaj numer telefonu, np. 22 123 45 67 albo +48 600 100 200.")
    .optional(),
);

export const optionalEmail = z.preprocess(
  (v) => blank(typeof v === "string" ? v.trim().toLowerCase() : v),
  z.email("Podaj poprawny adres e-mail, np. klub@ops.pl.").optional(),
);

/** A Polish postal code, "03-188". */
export const optionalPostalCode = z.preprocess(
  (v) => blank(typeof v === "string" ? v.trim() : v),
  z
    .string()
    .regex(/^\d{2}-\d{3}$/, "Podaj kod pocztowy w formacie 00-000, np. 03-188.")
    .optional(),
);

/** A year of birth typed as four digits, from 1900 to this year. */
export const optionalBirthYear = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
  z
    .number({ error: "Podaj rok urodzenia jako cztery cyfry, np. 1975." })
    .int("Podaj rok urodzenia jako cztery cyfry, np. 1975.")
    .min(1900, "Rok urodzenia nie może być wcześniejszy niż 1900.")
    .refine((year) => year <= new Date().getFullYear(), "Rok urodzenia nie może być późniejszy niż bieżący rok.")
    .optional(),
);

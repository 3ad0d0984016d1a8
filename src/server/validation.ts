// zod speaks Polish everywhere: its own messages come from its Polish locale, and ours are written
// for people, not for developers.
import { z } from "zod";
import { pl } from "zod/locales";

z.config(pl());

export type FieldErrors = Record<string, string[]>;

/** "items.0.name" style keys, so nested fields can show their own message. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Optional text from a form: trimmed, and an empty field means "not given". */
export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, `Najwyżej ${max} znaków.`)
    .transform((v) => (v === "" ? undefined : v))
    .optional();

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `Podaj ${label}.` })
    .trim()
    .min(1, `Podaj ${label}.`)
    .max(max, `Najwyżej ${max} znaków.`);

export const email = z
  .string({ error: "Podaj adres e-mail." })
  .trim()
  .toLowerCase()
  .min(1, "Podaj adres e-mail.")
  .pipe(z.email("Podaj poprawny adres e-mail, np. jan.kowalski@ops.pl."));

export { z };

/** Whether an id from an address or a form is a UUID at all: anything else is simply not found. */
export const isId = (value: string) => z.uuid().safeParse(value).success;

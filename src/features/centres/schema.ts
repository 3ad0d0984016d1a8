import { email, optionalText, requiredText, z } from "@/server/validation";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Podaj godzinę w formacie GG:MM, np. 08:00.");

/** Opening hours: days 1 (Monday) to 7 (Sunday) with times. */
export const openingHours = z.array(z.object({ days: z.array(z.number().int().min(1).max(7)).min(1), opens: time, closes: time }));
export type OpeningHours = z.infer<typeof openingHours>;

export const postalCode = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{3}$/, "Podaj kod pocztowy w formacie 00-000.");

import { RESERVED_SLUGS } from "@/server/public-path";

export const createCentreInput = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "Adres w sieci: małe litery, cyfry i łączniki, np. ops-bialoleka.")
    .refine((slug) => !RESERVED_SLUGS.includes(slug), "Ten adres jest zajęty przez aplikację; wybierz inny, np. z nazwą gminy."),
  kind: z.enum(["OPS", "MOPS", "MGOPS", "GOPS", "BRANCH"], { error: "Wybierz rodzaj ośrodka." }),
  name: requiredText("pełną nazwę ośrodka", 200),
  shortName: requiredText("krótką nazwę", 60),
  municipality: requiredText("gminę", 120),
  district: optionalText(120),
  street: requiredText("ulicę i numer", 200),
  postalCode,
  city: requiredText("miejscowość", 120),
  phone: optionalText(40),
  email: email.optional(),
  website: optionalText(200),
  openingHours: openingHours.default([]),
  admin: z.object({ email, name: requiredText("imię i nazwisko administratora", 120) }),
});
export type CreateCentreInput = z.input<typeof createCentreInput>;

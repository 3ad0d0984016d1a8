// What staff may send about a venue: where it is and how accessible it is.
import { checkbox } from "@/server/form-fields";
import { optionalText, requiredText, z } from "@/server/validation";

/** A ticked box sends "on"; an unticked one sends nothing. */

const optionalPostalCode = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(
    z
      .string()
      .regex(/^\d{2}-\d{3}$/, "Podaj kod pocztowy w formacie 00-000, np. 03-188.")
      .optional(),
  )
  .optional();

export const venueInput = z.object({
  name: requiredText("nazwę miejsca", 200),
  street: requiredText("ulicę i numer", 200),
  postalCode: optionalPostalCode,
  city: requiredText("miejscowość", 120),
  district: optionalText(120),
  stepFreeEntrance: checkbox,
  lift: checkbox,
  accessibleToilet: checkbox,
  accessibilityNotes: optionalText(2000),
});
export type VenueInput = z.output<typeof venueInput>;

export const venueIdInput = z.object({ venueId: z.uuid({ error: "Nie rozpoznano miejsca." }) });

export const updateVenueInput = venueIdInput.extend(venueInput.shape);

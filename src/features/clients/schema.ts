// What staff may send about a client, with a Polish message for each way it can be wrong. A PESEL,
// when given, must be valid, and the year of birth and sex must agree with it; when those two are
// left empty they are read from it.
import { EligibilityGroup, Sex } from "@/generated/prisma/enums";
import { blank, optionalBirthYear, optionalDate, optionalEmail, optionalId, optionalPhone, optionalPostalCode, ticked } from "@/server/form-fields";
import { localDate } from "@/server/time";
import { optionalText, requiredText, z } from "@/server/validation";
import { SEX_LABELS } from "./labels";
import { checkPesel, decodePesel, normalisePesel, PESEL_MESSAGES } from "./pesel";

const participantId = z.uuid({ error: "Nie rozpoznano klienta." });
export const participantIdInput = z.object({ participantId });

/** The record's version when the form was opened (optimistic locking). */
const version = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
  z.number({ error: "Nie rozpoznano wersji danych. Odśwież stronę." }).int().positive(),
);

const pesel = z.preprocess(
  (v) => blank(typeof v === "string" ? normalisePesel(v) : v),
  z
    .string()
    .superRefine((text, ctx) => {
      const check = checkPesel(text);
      if (!check.ok) ctx.addIssue({ code: "custom", message: PESEL_MESSAGES[check.problem] });
    })
    .optional(),
);

const sex = z.preprocess(blank, z.enum(Sex, { error: "Wybierz płeć." }).optional());

const identity = { pesel, birthYear: optionalBirthYear, sex };

const client = z
  .object({
    firstName: requiredText("imię", 100),
    lastName: requiredText("nazwisko", 100),
    ...identity,
    phone: optionalPhone,
    email: optionalEmail,
    street: optionalText(200),
    postalCode: optionalPostalCode,
    city: optionalText(120),
    district: optionalText(120),
    socialWorkerId: optionalId("Nie rozpoznano pracownika. Wybierz osobę z listy."),
  })
  // Each check runs even when other fields are wrong, so every message shows at once.
  .superRefine(
    (c, ctx) => {
      const facts = c.pesel ? decodePesel(c.pesel) : null;
      if (facts && c.birthYear !== undefined && c.birthYear !== facts.birthYear) {
        ctx.addIssue({ code: "custom", path: ["birthYear"], message: `Rok urodzenia nie zgadza się z numerem PESEL, z którego wynika ${facts.birthYear}.` });
      }
      if (facts && c.sex && c.sex !== facts.sex) {
        const sex = SEX_LABELS[facts.sex].toLowerCase();
        ctx.addIssue({ code: "custom", path: ["sex"], message: `Płeć nie zgadza się z numerem PESEL, z którego wynika: ${sex}.` });
      }
    },
    { when: (payload) => z.object(identity).safeParse(payload.value).success },
  )
  // Statutory reports count clients by sex: chosen, or read from the PESEL.
  .superRefine(
    (c, ctx) => {
      if (!c.pesel && !c.sex) ctx.addIssue({ code: "custom", path: ["sex"], message: "Wybierz płeć (potrzebna do sprawozdań) albo podaj PESEL." });
    },
    { when: (payload) => z.object({ pesel, sex }).safeParse(payload.value).success },
  )
  .transform((c) => {
    const facts = c.pesel ? decodePesel(c.pesel) : null;
    return { ...c, birthYear: c.birthYear ?? facts?.birthYear, sex: c.sex ?? facts?.sex };
  });

export const clientInput = client;
export type ClientInput = z.output<typeof clientInput>;

/** Editing: the same fields, for an existing client, as they were at the version shown. */
export const updateClientInput = z.object({ participantId, version }).and(client);

/** A date something was given or signed: not in the future. */
const pastDate = optionalDate.refine((d) => d === undefined || d <= localDate(new Date()), "Data nie może być późniejsza niż dzisiaj.");

export const consentsInput = z.object({
  participantId,
  version,
  consentParticipationOn: pastDate,
  dataInfoGivenOn: pastDate,
  imageConsentOn: pastDate,
});

const household = {
  participantId,
  name: requiredText("imię i nazwisko", 120),
  relation: requiredText("pokrewieństwo lub relację", 60),
  birthYear: optionalBirthYear,
};

export const addHouseholdMemberInput = z.object(household);
export const updateHouseholdMemberInput = z.object({ ...household, memberId: z.uuid({ error: "Nie rozpoznano domownika." }) });
export const removeHouseholdMemberInput = z.object({ participantId, memberId: z.uuid({ error: "Nie rozpoznano domownika." }) });

export const sensitiveInput = z.object({
  participantId,
  groups: ticked(z.enum(EligibilityGroup, { error: "Nie rozpoznano grupy." })),
  notes: optionalText(4000),
  /** When the data shown in the form was last saved ("" if never), so a later save is not overwritten. */
  loadedVersion: z.string({ error: "Nie rozpoznano wersji danych. Odśwież stronę." }),
});

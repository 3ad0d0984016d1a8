import { SEX_VALUES } from "./labels";
import { MAX_AGE, MIN_AGE, currentYear, needsGuardianConsent } from "./age";
import { blank, calendarDate, lines, optionalDate, optionalEmail, optionalPhone } from "@/server/form-fields";
import { localDate } from "@/server/time";
import { optionalText, requiredText, z } from "@/server/validation";

const volunteerId = z.uuid({ error: "Nie rozpoznano wolontariusza." });
const agreementId = z.uuid({ error: "Nie rozpoznano porozumienia." });

const BIRTH_YEAR_MESSAGE = "Podaj rok urodzenia jako cztery cyfry, np. 1975.";

/** Turns 13 to 84 this year (age.ts explains why by the year). */
const birthYear = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
  z
    .number({ error: BIRTH_YEAR_MESSAGE })
    .int(BIRTH_YEAR_MESSAGE)
    .refine((y) => currentYear() - y >= MIN_AGE, `Wolontariusz musi mieć w tym roku co najmniej ${MIN_AGE} lat.`)
    .refine((y) => currentYear() - y <= MAX_AGE, `Klub przyjmuje wolontariuszy do ${MAX_AGE} lat: sprawdź rok urodzenia.`),
);

/** A date of something already done: not later than today. */
const pastDate = optionalDate.refine((d) => d === undefined || d <= localDate(new Date()), "Ta data nie może być późniejsza niż dzisiaj.");

const profile = z.object({
  firstName: requiredText("imię", 100),
  lastName: requiredText("nazwisko", 100),
  birthYear,
  sex: z.preprocess(blank, z.enum(SEX_VALUES, { error: "Wybierz płeć z listy." }).optional()),
  guardianConsentOn: pastDate,
  skills: lines("umiejętności i zainteresowania"),
  availability: optionalText(300),
  strand: optionalText(60),
  phone: optionalPhone,
  email: optionalEmail,
  registerCheckOn: pastDate,
  criminalRecordOn: pastDate,
});

type Profile = z.output<typeof profile>;

/** Under 18 (or turning 18 this year, so maybe still 17): the guardian's consent, with its date, is a condition of volunteering. */
function guardianConsent(v: Profile, ctx: z.RefinementCtx) {
  if (needsGuardianConsent(v.birthYear) && !v.guardianConsentOn) {
    ctx.addIssue({
      code: "custom",
      path: ["guardianConsentOn"],
      message: "Wolontariusz ma mniej niż 18 lat albo kończy 18 lat w tym roku: wpisz datę zgody rodzica lub opiekuna prawnego.",
    });
  }
}

export const volunteerInput = profile.superRefine(guardianConsent);
export const updateVolunteerInput = profile.extend({ volunteerId }).superRefine(guardianConsent);
export const volunteerIdInput = z.object({ volunteerId });
export const linkAccountInput = z.object({
  volunteerId,
  membershipId: z.uuid({ error: "Wybierz konto wolontariusza z listy." }),
});

const period = z.object({
  signedOn: calendarDate("datę podpisania"),
  scope: requiredText("zakres świadczeń", 1000),
  startsOn: calendarDate("początek okresu"),
  endsOn: calendarDate("koniec okresu"),
});

function periodOrder(v: z.output<typeof period>, ctx: z.RefinementCtx) {
  if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Koniec okresu nie może być wcześniejszy niż jego początek." });
  if (v.signedOn > v.endsOn) ctx.addIssue({ code: "custom", path: ["signedOn"], message: "Porozumienie podpisuje się przed końcem okresu, którego dotyczy." });
}

export const agreementInput = period.extend({ volunteerId }).superRefine(periodOrder);
export const renewAgreementInput = period.extend({ agreementId }).superRefine(periodOrder);

// What staff may send about an offer, with a Polish message for each way it can be wrong.
import { Audience, ClubKind, JoinMode, ProgrammeKind } from "@/generated/prisma/enums";
import { optionalText, requiredText, z } from "@/server/validation";
import { checkbox, lines, optionalDate, optionalEmail, optionalId, optionalPhone, ticked } from "@/server/form-fields";

const id = (message: string) => z.uuid({ error: message });

/** Fields every offer has. */
const common = {
  name: requiredText("nazwę", 200),
  audience: optionalText(300),
  audiences: ticked(z.enum(Audience, { error: "Nie rozpoznano grupy odbiorców." })),
  description: optionalText(4000),
  joinMode: z.enum(JoinMode, { error: "Wybierz, jak można dołączyć." }),
  howToJoin: optionalText(1000),
  contactPhone: optionalPhone,
  contactEmail: optionalEmail,
  isPublic: checkbox,
  defaultVenueId: optionalId("Nie rozpoznano miejsca."),
};

/** Clubs and groups may belong to a programme; programmes themselves may not. */
const parentId = optionalId("Nie rozpoznano programu.");

const club = z.object({
  type: z.literal("CLUB"),
  ...common,
  parentId,
  clubKind: z.enum(ClubKind, { error: "Wybierz rodzaj klubu." }),
});

const group = z.object({
  type: z.literal("GROUP"),
  ...common,
  parentId,
  topic: optionalText(200),
  facilitator: optionalText(200),
});

const period = { startsOn: optionalDate, endsOn: optionalDate };

const programme = z
  .object({
    type: z.literal("PROGRAMME"),
    ...common,
    programmeKind: z.enum(ProgrammeKind, { error: "Wybierz rodzaj programu." }),
    goals: optionalText(4000),
    targetGroup: optionalText(1000),
    area: optionalText(300),
    ...period,
    partners: lines("partnerzy"),
    specialists: lines("specjaliści"),
    activities: optionalText(4000),
  })
  .refine((p) => !p.startsOn || !p.endsOn || p.endsOn >= p.startsOn, {
    message: "Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.",
    path: ["endsOn"],
    // Checked even when other fields are wrong, so every message shows at once.
    when: (payload) => z.object(period).safeParse(payload.value).success,
  });

export const offerInput = z.discriminatedUnion("type", [club, group, programme], { error: "Wybierz, co dodajesz: klub, grupę czy program." });
export type OfferInput = z.output<typeof offerInput>;

export const offerIdInput = z.object({ offerId: id("Nie rozpoznano oferty.") });

/** Editing: the same fields, for an existing offer. Its type never changes. */
export const updateOfferInput = offerIdInput.and(offerInput);

export const TRANSLATION_LOCALES = ["uk", "en"] as const;

export const translationInput = offerIdInput
  .extend({
    locale: z.enum(TRANSLATION_LOCALES, { error: "Wybierz język tłumaczenia." }),
    name: optionalText(200),
    audience: optionalText(300),
    description: optionalText(4000),
    howToJoin: optionalText(1000),
  })
  .refine((t) => t.name || (!t.audience && !t.description && !t.howToJoin), {
    message: "Podaj nazwę w tym języku. Bez niej tłumaczenie nie zostanie zapisane.",
    path: ["name"],
  });

/** A whole number of at least 0, typed into a text field. */
const count = (what: { accusative: string; nominative: string }) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim())) : v),
    z
      .number({ error: `Podaj ${what.accusative} jako liczbę całkowitą, np. 20.` })
      .int(`Podaj ${what.accusative} jako liczbę całkowitą, np. 20.`)
      .min(0, `${what.nominative} nie może być mniejsza niż 0.`)
      .max(1_000_000_000, `${what.nominative} musi być mniejsza niż miliard.`),
  );

export const indicatorInput = offerIdInput.extend({
  /** Empty for a new indicator. */
  indicatorId: optionalId("Nie rozpoznano wskaźnika."),
  name: requiredText("nazwę wskaźnika", 200),
  unit: optionalText(40),
  target: count({ accusative: "wartość docelową", nominative: "Wartość docelowa" }),
  // Not yet measured is 0.
  achieved: z.preprocess((v) => (v === "" || v === undefined ? 0 : v), count({ accusative: "wartość osiągniętą", nominative: "Wartość osiągnięta" })),
});

export const removeIndicatorInput = offerIdInput.extend({ indicatorId: id("Nie rozpoznano wskaźnika.") });

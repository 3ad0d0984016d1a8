// The centre's own Ukrainian and English texts of an offer. Residents reading in those languages
// see Polish for any field left empty (public-site/data.ts, inLanguage).
import { defineAction } from "@/server/action";
import { findOffer } from "./mutations";
import { offersPolicy } from "./policy";
import { translationInput } from "./schema";

const LANGUAGE_NAMES = { uk: "ukraińskie", en: "angielskie" } as const;

export const saveTranslation = defineAction({
  name: "offer.translation.save",
  allow: offersPolicy.translate,
  input: translationInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const offer = await findOffer(tx, centre.id, input.offerId);
    const key = { centreId_offerId_locale: { centreId: centre.id, offerId: offer.id, locale: input.locale } };
    const audit = { recordType: "Offer", recordId: offer.id };
    // An empty form means "no translation": residents get the Polish texts.
    if (!input.name) {
      await tx.offerTranslation.deleteMany({ where: { centreId: centre.id, offerId: offer.id, locale: input.locale } });
      return { data: null, audit, message: `Tłumaczenie ${LANGUAGE_NAMES[input.locale]} zostało usunięte. Mieszkańcy zobaczą teksty po polsku.` };
    }
    const texts = {
      name: input.name,
      audience: input.audience ?? null,
      description: input.description ?? null,
      howToJoin: input.howToJoin ?? null,
    };
    await tx.offerTranslation.upsert({ where: key, create: { ...key.centreId_offerId_locale, ...texts }, update: texts });
    return { data: null, audit, message: `Tłumaczenie ${LANGUAGE_NAMES[input.locale]} zostało zapisane.` };
  },
});

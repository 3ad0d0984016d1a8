// Indicators of a programme, social project or PAL: what it set out to achieve (target) and what it
// has achieved so far, as reported to the municipality or the voivode.
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { invalid, notFound } from "@/server/errors";
import { findOffer } from "./mutations";
import { offersPolicy } from "./policy";
import { indicatorInput, removeIndicatorInput } from "./schema";

async function findProgramme(tx: Tx, centreId: string, offerId: string) {
  const offer = await findOffer(tx, centreId, offerId);
  if (offer.type !== "PROGRAMME") throw invalid("Wskaźniki mają tylko programy i projekty.");
  return offer;
}

export const saveIndicator = defineAction({
  name: "offer.indicator.save",
  allow: offersPolicy.indicators,
  input: indicatorInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const offer = await findProgramme(tx, centre.id, input.offerId);
    const values = { name: input.name, unit: input.unit ?? null, target: input.target, achieved: input.achieved };
    if (input.indicatorId) {
      // Scoped by centre and by programme: an indicator of another programme is not found here.
      const { count } = await tx.programmeIndicator.updateMany({ where: { centreId: centre.id, offerId: offer.id, id: input.indicatorId }, data: values });
      if (count === 0) throw notFound("Nie znaleziono tego wskaźnika w programie.");
      return {
        data: { id: input.indicatorId },
        audit: { recordType: "ProgrammeIndicator", recordId: input.indicatorId },
        message: "Wskaźnik został zapisany.",
      };
    }
    const created = await tx.programmeIndicator.create({ data: { centreId: centre.id, offerId: offer.id, ...values }, select: { id: true } });
    return { data: created, audit: { recordType: "ProgrammeIndicator", recordId: created.id }, message: "Wskaźnik został dodany." };
  },
});

export const removeIndicator = defineAction({
  name: "offer.indicator.remove",
  allow: offersPolicy.indicators,
  input: removeIndicatorInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const offer = await findProgramme(tx, centre.id, input.offerId);
    const { count } = await tx.programmeIndicator.deleteMany({ where: { centreId: centre.id, offerId: offer.id, id: input.indicatorId } });
    if (count === 0) throw notFound("Nie znaleziono tego wskaźnika w programie.");
    return { data: null, audit: { recordType: "ProgrammeIndicator", recordId: input.indicatorId }, message: "Wskaźnik został usunięty." };
  },
});

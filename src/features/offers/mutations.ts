// Writes to a centre's offer (clubs, groups, programmes). Each is an action: authorised by
// offersPolicy, validated, one transaction, one audit event (see src/server/action.ts). What
// residents see changes with each, so the centre's public pages are refreshed after it.
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { invalid, notFound } from "@/server/errors";
import { offerColumns } from "./columns";
import { offersPolicy } from "./policy";
import { checkParent, checkVenue } from "./references";
import { offerIdInput, offerInput, updateOfferInput } from "./schema";
import { uniqueOfferSlug } from "./slug";

/** The offer of this centre; another centre's id is not found. */
export async function findOffer(tx: Tx, centreId: string, offerId: string) {
  const offer = await tx.offer.findUnique({
    where: { centreId_id: { centreId, id: offerId } },
    select: { id: true, type: true, archivedAt: true, defaultVenueId: true, parentId: true },
  });
  if (!offer) throw notFound("Nie znaleziono tej oferty w ośrodku.");
  return offer;
}

export const createOffer = defineAction({
  name: "offer.create",
  allow: offersPolicy.create,
  input: offerInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const defaultVenueId = await checkVenue(tx, centre.id, input.defaultVenueId);
    const parentId = input.type === "PROGRAMME" ? null : await checkParent(tx, centre.id, input.parentId);
    const slug = await uniqueOfferSlug(tx, centre.id, input.name);
    const offer = await tx.offer.create({
      data: { centreId: centre.id, slug, ...offerColumns(input), defaultVenueId, parentId },
      select: { id: true, slug: true },
    });
    return {
      data: { ...offer, editPath: `/${centre.slug}/staff/offers/${offer.id}` },
      audit: { recordType: "Offer", recordId: offer.id },
      message: "Oferta została dodana.",
    };
  },
});

export const updateOffer = defineAction({
  name: "offer.update",
  allow: offersPolicy.update,
  input: updateOfferInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const offer = await findOffer(tx, centre.id, input.offerId);
    // The type decides the slug's meaning, the schedules and the KIS editions: it is chosen once.
    if (offer.type !== input.type) throw invalid("Rodzaju oferty nie można zmienić. Dodaj nową ofertę innego rodzaju.", "type");
    const defaultVenueId = await checkVenue(tx, centre.id, input.defaultVenueId, offer.defaultVenueId);
    const parentId = input.type === "PROGRAMME" ? null : await checkParent(tx, centre.id, input.parentId, offer.parentId);
    // The slug is left as it is: links and calendar subscriptions use it.
    await tx.offer.update({
      where: { centreId_id: { centreId: centre.id, id: offer.id } },
      data: { ...offerColumns(input), defaultVenueId, parentId },
    });
    return { data: null, audit: { recordType: "Offer", recordId: offer.id }, message: "Zmiany zostały zapisane." };
  },
});

/** Archived offers leave the public pages, feeds and staff lists; nothing about them is deleted. */
export const archiveOffer = defineAction({
  name: "offer.archive",
  allow: offersPolicy.archive,
  input: offerIdInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const offer = await findOffer(tx, centre.id, input.offerId);
    if (!offer.archivedAt) {
      await tx.offer.update({ where: { centreId_id: { centreId: centre.id, id: offer.id } }, data: { archivedAt: new Date() } });
    }
    return { data: null, audit: { recordType: "Offer", recordId: offer.id }, message: "Oferta została zarchiwizowana i zniknęła ze strony publicznej." };
  },
});

export const restoreOffer = defineAction({
  name: "offer.restore",
  allow: offersPolicy.archive,
  input: offerIdInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const offer = await findOffer(tx, centre.id, input.offerId);
    await tx.offer.update({ where: { centreId_id: { centreId: centre.id, id: offer.id } }, data: { archivedAt: null } });
    return { data: null, audit: { recordType: "Offer", recordId: offer.id }, message: "Oferta została przywrócona." };
  },
});

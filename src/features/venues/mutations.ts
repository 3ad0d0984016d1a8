// Writes to a centre's venues. Each is an action: authorised by venuesPolicy, validated, one
// transaction, one audit event (see src/server/action.ts). Venues appear on the public pages, so
// every change refreshes them.
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { conflict, notFound } from "@/server/errors";
import { dbDate, localDate } from "@/server/time";
import { venuesPolicy } from "./policy";
import { updateVenueInput, venueIdInput, venueInput } from "./schema";

async function findVenue(tx: Tx, centreId: string, venueId: string) {
  const venue = await tx.venue.findUnique({ where: { centreId_id: { centreId, id: venueId } }, select: { id: true, archivedAt: true } });
  if (!venue) throw notFound("Nie znaleziono tego miejsca w ośrodku.");
  return venue;
}

export const createVenue = defineAction({
  name: "venue.create",
  allow: venuesPolicy.create,
  input: venueInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const venue = await tx.venue.create({ data: { centreId: centre.id, ...input }, select: { id: true } });
    return {
      data: { id: venue.id, editPath: `/${centre.slug}/staff/venues/${venue.id}` },
      audit: { recordType: "Venue", recordId: venue.id },
      message: "Miejsce zostało dodane.",
    };
  },
});

export const updateVenue = defineAction({
  name: "venue.update",
  allow: venuesPolicy.update,
  input: updateVenueInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const { venueId, ...data } = input;
    await findVenue(tx, centre.id, venueId);
    // A cleared optional field arrives as undefined, which Prisma would read as "leave as it was".
    const cleared = { postalCode: data.postalCode ?? null, district: data.district ?? null, accessibilityNotes: data.accessibilityNotes ?? null };
    await tx.venue.update({ where: { centreId_id: { centreId: centre.id, id: venueId } }, data: { ...data, ...cleared } });
    return { data: null, audit: { recordType: "Venue", recordId: venueId }, message: "Zmiany zostały zapisane." };
  },
});

/**
 * An archived venue is no longer offered for new offers and schedules. While current offers or
 * schedules still meet there, residents would be sent to it, so it must be replaced first.
 */
async function assertNotInUse(tx: Tx, centreId: string, venueId: string) {
  const today = dbDate(localDate(new Date()));
  const [offers, schedules] = await Promise.all([
    tx.offer.findMany({ where: { centreId, defaultVenueId: venueId, archivedAt: null }, orderBy: { name: "asc" }, select: { name: true } }),
    tx.schedule.findMany({
      where: { centreId, venueId, archivedAt: null, offer: { archivedAt: null }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
      select: { offer: { select: { name: true } } },
    }),
  ]);
  const names = [...new Set([...offers.map((o) => o.name), ...schedules.map((s) => s.offer.name)])];
  if (names.length === 0) return;
  const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ` i ${names.length - 3} innych` : "");
  throw conflict(`Tu wciąż odbywają się zajęcia: ${shown}. Najpierw wybierz dla nich inne miejsce, potem zarchiwizuj to.`);
}

export const archiveVenue = defineAction({
  name: "venue.archive",
  allow: venuesPolicy.archive,
  input: venueIdInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const venue = await findVenue(tx, centre.id, input.venueId);
    if (!venue.archivedAt) {
      await assertNotInUse(tx, centre.id, venue.id);
      await tx.venue.update({ where: { centreId_id: { centreId: centre.id, id: venue.id } }, data: { archivedAt: new Date() } });
    }
    return { data: null, audit: { recordType: "Venue", recordId: venue.id }, message: "Miejsce zostało zarchiwizowane." };
  },
});

export const restoreVenue = defineAction({
  name: "venue.restore",
  allow: venuesPolicy.archive,
  input: venueIdInput,
  affectsPublic: true,
  async run({ tx, centre, input }) {
    const venue = await findVenue(tx, centre.id, input.venueId);
    await tx.venue.update({ where: { centreId_id: { centreId: centre.id, id: venue.id } }, data: { archivedAt: null } });
    return { data: null, audit: { recordType: "Venue", recordId: venue.id }, message: "Miejsce zostało przywrócone." };
  },
});

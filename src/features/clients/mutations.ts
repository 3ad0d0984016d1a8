// Writes to a client's record. Each is an action: authorised by clientsPolicy, validated, one
// transaction, one audit event naming only the record (see src/server/action.ts). Edits carry the
// version the form was opened at, so one person's save never silently overwrites another's.
import type { Prisma } from "@/generated/prisma/client";
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { conflict } from "@/server/errors";
import { dbDate } from "@/server/time";
import { clientColumns } from "./columns";
import { STALE_VERSION_MESSAGE } from "./labels";
import { clientsPolicy } from "./policy";
import { assertPeselFree, checkSocialWorker, findParticipant } from "./references";
import { clientInput, consentsInput, participantIdInput, updateClientInput } from "./schema";

const audited = (participantId: string) => ({ recordType: "Participant", recordId: participantId });

/** Saves the change only if nobody has saved since `version`; every save moves the version on. */
async function updateAtVersion(tx: Tx, centreId: string, id: string, version: number, data: Prisma.ParticipantUncheckedUpdateManyInput) {
  const { count } = await tx.participant.updateMany({ where: { centreId, id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw conflict(STALE_VERSION_MESSAGE);
  return version + 1;
}

export const createClient = defineAction({
  name: "participant.create",
  allow: clientsPolicy.create,
  input: clientInput,
  async run({ tx, centre, input }) {
    const socialWorkerId = await checkSocialWorker(tx, centre.id, input.socialWorkerId);
    await assertPeselFree(tx, centre.id, input.pesel);
    const client = await tx.participant.create({ data: { centreId: centre.id, ...clientColumns(input), socialWorkerId }, select: { id: true } });
    return {
      data: { id: client.id, path: `/${centre.slug}/staff/clients/${client.id}` },
      audit: audited(client.id),
      message: "Kartoteka klienta została założona.",
    };
  },
});

export const updateClient = defineAction({
  name: "participant.update",
  allow: clientsPolicy.update,
  input: updateClientInput,
  async run({ tx, centre, input }) {
    const client = await findParticipant(tx, centre.id, input.participantId);
    const socialWorkerId = await checkSocialWorker(tx, centre.id, input.socialWorkerId, client.socialWorkerId);
    await assertPeselFree(tx, centre.id, input.pesel, client.id);
    const version = await updateAtVersion(tx, centre.id, client.id, input.version, { ...clientColumns(input), socialWorkerId });
    return { data: { version }, audit: audited(client.id), message: "Zmiany zostały zapisane." };
  },
});

export const updateConsents = defineAction({
  name: "participant.consents.update",
  allow: clientsPolicy.consents,
  input: consentsInput,
  async run({ tx, centre, input }) {
    const client = await findParticipant(tx, centre.id, input.participantId);
    const date = (d: string | undefined) => (d ? dbDate(d) : null);
    const version = await updateAtVersion(tx, centre.id, client.id, input.version, {
      consentParticipationOn: date(input.consentParticipationOn),
      dataInfoGivenOn: date(input.dataInfoGivenOn),
      imageConsentOn: date(input.imageConsentOn),
    });
    return { data: { version }, audit: audited(client.id), message: "Zgody zostały zapisane." };
  },
});

/** An archived client leaves the current lists; nothing about them is deleted. */
export const archiveClient = defineAction({
  name: "participant.archive",
  allow: clientsPolicy.archive,
  input: participantIdInput,
  async run({ tx, centre, input }) {
    const client = await findParticipant(tx, centre.id, input.participantId);
    if (!client.archivedAt) await updateAtVersion(tx, centre.id, client.id, client.version, { archivedAt: new Date() });
    return { data: null, audit: audited(client.id), message: "Kartoteka została zarchiwizowana." };
  },
});

export const restoreClient = defineAction({
  name: "participant.restore",
  allow: clientsPolicy.archive,
  input: participantIdInput,
  async run({ tx, centre, input }) {
    const client = await findParticipant(tx, centre.id, input.participantId);
    if (client.archivedAt) await updateAtVersion(tx, centre.id, client.id, client.version, { archivedAt: null });
    return { data: null, audit: audited(client.id), message: "Kartoteka została przywrócona." };
  },
});

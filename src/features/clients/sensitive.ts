// Special-category data (RODO art. 9): the client's art. 1 ust. 2 groups and the notes. This file is
// the only code that reads or writes ParticipantSensitive. Only social workers and admins of the
// centre reach it, and every read is written to the audit log in the same transaction as the read,
// so nothing is ever shown that the log does not record.
import { writeAudit } from "@/server/audit";
import { assertMay } from "@/server/tenant";
import { defineAction } from "@/server/action";
import { db } from "@/server/db";
import { conflict } from "@/server/errors";
import type { AuthorisedCentre } from "@/server/tenant";
import { isId } from "@/server/validation";
import { STALE_VERSION_MESSAGE } from "./labels";
import { clientsPolicy } from "./policy";
import { findParticipant } from "./references";
import { sensitiveInput } from "./schema";

/** Stands in for a version: when the data was last saved, or "" if it never was. */
const versionOf = (row: { updatedAt: Date } | null) => row?.updatedAt.toISOString() ?? "";

/**
 * The client's special-category data, and an audit event "participant.sensitive.read". A weaker
 * role is refused (forbidden) and an unknown or another centre's client is null: neither reads
 * anything nor writes to the log.
 */
export async function readSensitive(centre: AuthorisedCentre, participantId: string) {
  assertMay(centre, clientsPolicy.sensitive);
  if (!isId(participantId)) return null;
  return db.$transaction(async (tx) => {
    const client = await tx.participant.findUnique({
      where: { centreId_id: { centreId: centre.id, id: participantId } },
      select: { id: true, firstName: true, lastName: true, archivedAt: true },
    });
    if (!client) return null;
    const row = await tx.participantSensitive.findUnique({
      where: { centreId_participantId: { centreId: centre.id, participantId: client.id } },
      select: { groups: true, notes: true, updatedAt: true },
    });
    await writeAudit(tx, centre.id, centre.actorId, { action: "participant.sensitive.read", recordType: "Participant", recordId: client.id });
    return { client, groups: row?.groups ?? [], notes: row?.notes ?? null, loadedVersion: versionOf(row) };
  });
}

export type SensitiveData = NonNullable<Awaited<ReturnType<typeof readSensitive>>>;

export const updateSensitive = defineAction({
  name: "participant.sensitive.update",
  allow: clientsPolicy.sensitive,
  input: sensitiveInput,
  async run({ tx, centre, input }) {
    const client = await findParticipant(tx, centre.id, input.participantId);
    // Two saves for one client queue here, so the second sees the first and is refused below.
    await tx.$executeRaw`SELECT 1 FROM "Participant" WHERE "centreId" = ${centre.id}::uuid AND id = ${client.id}::uuid FOR UPDATE`;
    const key = { centreId_participantId: { centreId: centre.id, participantId: client.id } };
    const current = await tx.participantSensitive.findUnique({ where: key, select: { updatedAt: true } });
    if (versionOf(current) !== input.loadedVersion) throw conflict(STALE_VERSION_MESSAGE);
    const data = { groups: input.groups, notes: input.notes ?? null };
    await tx.participantSensitive.upsert({ where: key, create: { centreId: centre.id, participantId: client.id, ...data }, update: data });
    return { data: null, audit: { recordType: "Participant", recordId: client.id }, message: "Dane szczególnie chronione zostały zapisane." };
  },
});

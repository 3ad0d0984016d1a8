// The client's household (for variant A contracts, which may cover the family). Changes are audited
// against the client, so the client's audit log shows them; the audit names no household member.
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { notFound } from "@/server/errors";
import { clientsPolicy } from "./policy";
import { findParticipant } from "./references";
import { addHouseholdMemberInput, removeHouseholdMemberInput, updateHouseholdMemberInput } from "./schema";

/** A household member of this client in this centre. */
async function findMember(tx: Tx, centreId: string, participantId: string, memberId: string) {
  const member = await tx.householdMember.findUnique({ where: { centreId_id: { centreId, id: memberId } }, select: { id: true, participantId: true } });
  if (!member || member.participantId !== participantId) throw notFound("Nie znaleziono tego domownika w kartotece klienta.");
  return member;
}

export const addHouseholdMember = defineAction({
  name: "household.add",
  allow: clientsPolicy.household,
  input: addHouseholdMemberInput,
  async run({ tx, centre, input }) {
    const client = await findParticipant(tx, centre.id, input.participantId);
    const member = await tx.householdMember.create({
      data: { centreId: centre.id, participantId: client.id, name: input.name, relation: input.relation, birthYear: input.birthYear ?? null },
      select: { id: true },
    });
    return { data: { id: member.id }, audit: { recordType: "Participant", recordId: client.id }, message: "Domownik został dodany." };
  },
});

export const updateHouseholdMember = defineAction({
  name: "household.update",
  allow: clientsPolicy.household,
  input: updateHouseholdMemberInput,
  async run({ tx, centre, input }) {
    const client = await findParticipant(tx, centre.id, input.participantId);
    const member = await findMember(tx, centre.id, client.id, input.memberId);
    await tx.householdMember.update({
      where: { centreId_id: { centreId: centre.id, id: member.id } },
      data: { name: input.name, relation: input.relation, birthYear: input.birthYear ?? null },
    });
    return { data: null, audit: { recordType: "Participant", recordId: client.id }, message: "Zmiany zostały zapisane." };
  },
});

export const removeHouseholdMember = defineAction({
  name: "household.remove",
  allow: clientsPolicy.household,
  input: removeHouseholdMemberInput,
  async run({ tx, centre, input }) {
    const client = await findParticipant(tx, centre.id, input.participantId);
    const member = await findMember(tx, centre.id, client.id, input.memberId);
    await tx.householdMember.delete({ where: { centreId_id: { centreId: centre.id, id: member.id } } });
    return { data: null, audit: { recordType: "Participant", recordId: client.id }, message: "Domownik został usunięty." };
  },
});

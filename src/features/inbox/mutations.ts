// What staff do with residents' messages. Each is an action: authorised by inboxPolicy, validated,
// one transaction, one audit event (see src/server/action.ts). The message text is never audited.
import { defineAction } from "@/server/action";
import type { Tx } from "@/server/db";
import { conflict, notFound } from "@/server/errors";
import { inboxPolicy } from "./policy";
import { messageInput } from "./schema";

async function findMessage(tx: Tx, centreId: string, messageId: string) {
  const message = await tx.residentMessage.findUnique({
    where: { centreId_id: { centreId, id: messageId } },
    select: { id: true, readAt: true, handledAt: true },
  });
  if (!message) throw notFound("Nie znaleziono wiadomości.");
  return message;
}

const audited = (id: string) => ({ recordType: "ResidentMessage", recordId: id });

export const markMessageRead = defineAction({
  name: "inbox.message.read",
  allow: inboxPolicy.markRead,
  input: messageInput,
  async run({ tx, centre, input }) {
    const message = await findMessage(tx, centre.id, input.messageId);
    if (!message.readAt) {
      await tx.residentMessage.update({ where: { centreId_id: { centreId: centre.id, id: message.id } }, data: { readAt: new Date() } });
    }
    return { data: null, audit: audited(message.id), message: "Oznaczono jako przeczytaną." };
  },
});

export const markMessageHandled = defineAction({
  name: "inbox.message.handle",
  allow: inboxPolicy.markHandled,
  input: messageInput,
  async run({ tx, centre, actor, input }) {
    const message = await findMessage(tx, centre.id, input.messageId);
    const now = new Date();
    // Conditional, so when two people handle the same message at once, the first one is recorded.
    const { count } = await tx.residentMessage.updateMany({
      where: { centreId: centre.id, id: message.id, handledAt: null },
      data: { handledAt: now, handledById: actor.userId, readAt: message.readAt ?? now },
    });
    if (count === 0) throw conflict("Ktoś już oznaczył tę wiadomość jako załatwioną.");
    return { data: null, audit: audited(message.id), message: "Oznaczono jako załatwioną." };
  },
});

export const reopenMessage = defineAction({
  name: "inbox.message.reopen",
  allow: inboxPolicy.reopen,
  input: messageInput,
  async run({ tx, centre, input }) {
    const message = await findMessage(tx, centre.id, input.messageId);
    await tx.residentMessage.update({
      where: { centreId_id: { centreId: centre.id, id: message.id } },
      data: { handledAt: null, handledById: null },
    });
    return { data: null, audit: audited(message.id), message: "Wiadomość wróciła do załatwienia." };
  },
});

import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import type { InboxFilter } from "./schema";

/** Enough for a working day's reading; older handled messages stay in the database. */
export const INBOX_PAGE_SIZE = 100;

const WHERE: Record<InboxFilter, Prisma.ResidentMessageWhereInput> = {
  open: { handledAt: null },
  handled: { handledAt: { not: null } },
  all: {},
};

// Unhandled first (newest first), then the most recently handled.
const ORDER: Prisma.ResidentMessageOrderByWithRelationInput[] = [{ handledAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }];

/** The centre's messages from residents, with the offer each was sent about and who handled it. */
export async function listInbox(centre: AuthorisedCentre, filter: InboxFilter, take = INBOX_PAGE_SIZE) {
  const messages = await db.residentMessage.findMany({
    where: { centreId: centre.id, ...WHERE[filter] },
    orderBy: ORDER,
    take,
    select: {
      id: true,
      body: true,
      contact: true,
      locale: true,
      createdAt: true,
      readAt: true,
      handledAt: true,
      handledById: true,
      offer: { select: { name: true, slug: true } },
    },
  });
  // Only names of people in this centre's team are shown.
  const handlerIds = [...new Set(messages.map((m) => m.handledById).filter((id): id is string => Boolean(id)))];
  const handlers = handlerIds.length
    ? await db.user.findMany({ where: { id: { in: handlerIds }, memberships: { some: { centreId: centre.id } } }, select: { id: true, name: true } })
    : [];
  const names = new Map(handlers.map((u) => [u.id, u.name]));
  return messages.map(({ handledById, ...m }) => ({ ...m, handledBy: handledById ? (names.get(handledById) ?? null) : null }));
}

export type InboxMessage = Awaited<ReturnType<typeof listInbox>>[number];

/** How many messages wait, how many of them nobody has opened yet, and how many are handled. */
export async function inboxCounts(centre: AuthorisedCentre) {
  const [open, unread, handled] = await Promise.all([
    db.residentMessage.count({ where: { centreId: centre.id, handledAt: null } }),
    db.residentMessage.count({ where: { centreId: centre.id, handledAt: null, readAt: null } }),
    db.residentMessage.count({ where: { centreId: centre.id, handledAt: { not: null } } }),
  ]);
  return { open, unread, handled, all: open + handled };
}

export type InboxCounts = Awaited<ReturnType<typeof inboxCounts>>;

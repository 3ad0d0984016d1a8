// A client's audit log, for the centre's admin: who did what with the record and when. The log
// itself holds no personal data (only the record's type and id); the names shown are the staff's.
import { db } from "@/server/db";
import { assertMay } from "@/server/tenant";
import type { AuthorisedCentre } from "@/server/tenant";
import { isId } from "@/server/validation";
import { clientsPolicy } from "./policy";

export const AUDIT_EVENTS_PER_PAGE = 50;

/** Newest first, a page at a time; null for an unknown id or another centre's client. */
export async function listClientAudit(centre: AuthorisedCentre, participantId: string, page = 1) {
  assertMay(centre, clientsPolicy.audit);
  if (!isId(participantId)) return null;
  const client = await db.participant.findUnique({
    where: { centreId_id: { centreId: centre.id, id: participantId } },
    select: { id: true, firstName: true, lastName: true },
  });
  if (!client) return null;
  const where = { centreId: centre.id, recordType: "Participant", recordId: client.id };
  const total = await db.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_EVENTS_PER_PAGE));
  const current = Math.min(pages, Math.max(1, Math.floor(page) || 1));
  const events = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_EVENTS_PER_PAGE,
    take: AUDIT_EVENTS_PER_PAGE,
    select: { id: true, action: true, actorId: true, at: true },
  });
  // Only people who belong (or belonged) to this centre are named.
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds }, memberships: { some: { centreId: centre.id } } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return {
    client,
    events: events.map((e) => ({ id: e.id, action: e.action, at: e.at, actorName: e.actorId ? (names.get(e.actorId) ?? null) : null })),
    total,
    page: current,
    pages,
  };
}

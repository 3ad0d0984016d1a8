// Reads of client records for staff screens. Every query is scoped by the authorised centre and
// checks the role again (assertMay). None of them selects special-category data: that is read
// only by sensitive.ts, which audits each read.
import type { Prisma } from "@/generated/prisma/client";
import { assertMay } from "@/server/tenant";
import { db } from "@/server/db";
import { foldForSearch } from "@/server/search-text";
import type { AuthorisedCentre } from "@/server/tenant";
import { isId } from "@/server/validation";
import { normalisePesel } from "./pesel";
import { CASEWORKER_ROLES, clientsPolicy } from "./policy";

export const CLIENTS_PER_PAGE = 25;

export type ClientFilter = {
  /** Words of the name, in any case and with or without diacritics; or a whole PESEL. */
  q?: string;
  /** "mine": the signed-in person's clients; "none": no one assigned; or a social worker's user id. */
  socialWorker?: string;
  archived?: boolean;
  /** From 1. */
  page?: number;
};

function filterWhere(centre: AuthorisedCentre, { q = "", socialWorker = "", archived = false }: ClientFilter): Prisma.ParticipantWhereInput {
  const pesel = normalisePesel(q);
  const words = foldForSearch(q).split(" ").filter(Boolean);
  const byName = /^\d{11}$/.test(pesel) ? [{ pesel }] : words.map((word) => ({ searchName: { contains: word } }));
  const byWorker =
    socialWorker === "mine"
      ? { socialWorkerId: centre.actorId }
      : socialWorker === "none"
        ? { socialWorkerId: null }
        : isId(socialWorker)
          ? { socialWorkerId: socialWorker }
          : {};
  return { centreId: centre.id, archivedAt: archived ? { not: null } : null, AND: byName, ...byWorker };
}

/** The centre's clients, a page at a time, by last name then first name (Polish collation: Ł after L). */
export async function listClients(centre: AuthorisedCentre, filter: ClientFilter = {}) {
  assertMay(centre, clientsPolicy.view);
  const where = filterWhere(centre, filter);
  const total = await db.participant.count({ where });
  const pages = Math.max(1, Math.ceil(total / CLIENTS_PER_PAGE));
  // A page past the end (an old link, a typed address) shows the last one.
  const page = Math.min(pages, Math.max(1, Math.floor(filter.page ?? 1) || 1));
  const clients = await db.participant.findMany({
    where,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    skip: (page - 1) * CLIENTS_PER_PAGE,
    take: CLIENTS_PER_PAGE,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      birthYear: true,
      phone: true,
      district: true,
      city: true,
      archivedAt: true,
      socialWorker: { select: { user: { select: { name: true } } } },
    },
  });
  return { clients, total, page, pages };
}

export type ClientListItem = Awaited<ReturnType<typeof listClients>>["clients"][number];

/** One client's ordinary data and household; null for an unknown id or another centre's client. */
export async function getClient(centre: AuthorisedCentre, participantId: string) {
  assertMay(centre, clientsPolicy.view);
  if (!isId(participantId)) return null;
  return db.participant.findUnique({
    where: { centreId_id: { centreId: centre.id, id: participantId } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      pesel: true,
      birthYear: true,
      sex: true,
      phone: true,
      email: true,
      street: true,
      postalCode: true,
      city: true,
      district: true,
      socialWorkerId: true,
      socialWorker: { select: { role: true, status: true, user: { select: { name: true } } } },
      consentParticipationOn: true,
      dataInfoGivenOn: true,
      imageConsentOn: true,
      archivedAt: true,
      version: true,
      createdAt: true,
      household: { orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, relation: true, birthYear: true } },
    },
  });
}

export type ClientRecord = NonNullable<Awaited<ReturnType<typeof getClient>>>;

/**
 * Who a client is and how to reach them, for other screens about the client (contracts,
 * referrals): name, contact and the assigned social worker. Null for an unknown id or another
 * centre's client.
 */
export async function getClientSummary(centre: AuthorisedCentre, participantId: string) {
  assertMay(centre, clientsPolicy.view);
  if (!isId(participantId)) return null;
  const client = await db.participant.findUnique({
    where: { centreId_id: { centreId: centre.id, id: participantId } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      phone: true,
      email: true,
      archivedAt: true,
      socialWorkerId: true,
      socialWorker: { select: { user: { select: { name: true } } } },
    },
  });
  if (!client) return null;
  const { socialWorker, socialWorkerId, ...rest } = client;
  return {
    ...rest,
    name: `${client.firstName} ${client.lastName}`,
    socialWorker: socialWorkerId && socialWorker ? { userId: socialWorkerId, name: socialWorker.user.name } : null,
    path: `/${centre.slug}/staff/clients/${client.id}`,
  };
}

export type ClientSummary = NonNullable<Awaited<ReturnType<typeof getClientSummary>>>;

/** The client who already has this PESEL in the centre, to link to from the "duplicate" message. */
export async function findClientByPesel(centre: AuthorisedCentre, pesel: string) {
  assertMay(centre, clientsPolicy.view);
  const normalised = normalisePesel(pesel);
  if (!/^\d{11}$/.test(normalised)) return null;
  return db.participant.findUnique({
    where: { centreId_pesel: { centreId: centre.id, pesel: normalised } },
    select: { id: true, firstName: true, lastName: true },
  });
}

/**
 * People a client can be assigned to: the centre's active social workers and admins, by name; the
 * one already assigned stays on the list even if they have since left or changed role.
 */
export async function socialWorkerChoices(centre: AuthorisedCentre, keepUserId?: string | null) {
  assertMay(centre, clientsPolicy.view);
  const members = await db.membership.findMany({
    where: {
      centreId: centre.id,
      OR: [{ status: "ACTIVE", role: { in: [...CASEWORKER_ROLES] } }, ...(keepUserId ? [{ userId: keepUserId }] : [])],
    },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    select: { userId: true, role: true, status: true, user: { select: { name: true } } },
  });
  return members.map((m) => ({
    userId: m.userId,
    name: m.user.name,
    current: m.status === "ACTIVE" && (CASEWORKER_ROLES as readonly string[]).includes(m.role),
  }));
}

// Reads of the volunteer register. Every function re-checks the role (a centre authorised for a page
// open to everyone must not reach the register) and keeps to the centre's rows.
import { addDays, format, parseISO } from "date-fns";
import { isId } from "@/server/validation";
import { assertMay } from "@/server/tenant";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { foldForSearch } from "@/server/search-text";
import { dbDate, fromDbDate, localDate } from "@/server/time";
import type { AuthorisedCentre } from "@/server/tenant";
import { currentYear, needsGuardianConsent } from "./age";
import { EXPIRY_WINDOW_DAYS, type VolunteerFlag } from "./labels";
import { volunteersPolicy } from "./policy";

/** Today in the centre's zone, and the last day of the expiry window. */
export function expiryWindow(now = new Date(), zone?: string) {
  const today = localDate(now, zone);
  const until = format(addDays(parseISO(today), EXPIRY_WINDOW_DAYS), "yyyy-MM-dd");
  return { today, until };
}

type FlagInput = {
  birthYear: number;
  guardianConsentOn: Date | null;
  registerCheckOn: Date | null;
  criminalRecordOn: Date | null;
  /** The latest agreement (by its end), if any. */
  latestEndsOn: Date | null;
};

export function flagsOf(v: FlagInput, today: string, until: string, year = currentYear()): VolunteerFlag[] {
  const flags: VolunteerFlag[] = [];
  if (needsGuardianConsent(v.birthYear, year) && !v.guardianConsentOn) flags.push("minorWithoutConsent");
  if (!v.registerCheckOn || !v.criminalRecordOn) flags.push("checksMissing");
  if (v.latestEndsOn) {
    const end = fromDbDate(v.latestEndsOn);
    if (end < today) flags.push("agreementExpired");
    else if (end <= until) flags.push("agreementExpiring");
  }
  return flags;
}

const LIST_LIMIT = 2000;

export type VolunteerListFilter = { q?: string; strand?: string; archived?: boolean };

/** The register, by surname and name (Polish order), in one query with each one's latest agreement. */
export async function listVolunteers(centre: AuthorisedCentre, filter: VolunteerListFilter = {}) {
  assertMay(centre, volunteersPolicy.view);
  const where: Prisma.VolunteerWhereInput = {
    centreId: centre.id,
    archivedAt: filter.archived ? { not: null } : null,
    ...(filter.strand ? { strand: filter.strand } : {}),
  };
  const rows = await db.volunteer.findMany({
    where,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      birthYear: true,
      strand: true,
      phone: true,
      guardianConsentOn: true,
      registerCheckOn: true,
      criminalRecordOn: true,
      agreements: { where: { centreId: centre.id }, orderBy: { endsOn: "desc" }, take: 1, select: { endsOn: true } },
    },
  });
  // A centre's register is small (the largest club has about 80 people), so the name is matched here,
  // ignoring case and Polish letters ("kaminska" finds Kamińska), on the rows of the one query.
  const words = foldForSearch(filter.q).split(" ").filter(Boolean).slice(0, 5);
  const matching = words.length ? rows.filter((v) => words.every((w) => foldForSearch(v.firstName, v.lastName).includes(w))) : rows;
  const { today, until } = expiryWindow(new Date(), centre.timeZone);
  const year = currentYear();
  return matching.map(({ agreements, ...v }) => ({
    ...v,
    age: year - v.birthYear,
    agreementEndsOn: agreements[0]?.endsOn ?? null,
    flags: flagsOf({ ...v, latestEndsOn: agreements[0]?.endsOn ?? null }, today, until, year),
  }));
}

export type VolunteerRow = Awaited<ReturnType<typeof listVolunteers>>[number];

/** The strands in use, for the list's filter. */
export async function volunteerStrands(centre: AuthorisedCentre): Promise<string[]> {
  assertMay(centre, volunteersPolicy.view);
  const rows = await db.volunteer.groupBy({ by: ["strand"], where: { centreId: centre.id, strand: { not: null } }, orderBy: { strand: "asc" } });
  return rows.map((r) => r.strand).filter((s): s is string => Boolean(s));
}

const agreementSelect = {
  id: true,
  signedOn: true,
  scope: true,
  startsOn: true,
  endsOn: true,
  renewsId: true,
  renewals: { select: { id: true } },
} as const;

/** One volunteer's profile with their agreements, newest first. */
export async function getVolunteer(centre: AuthorisedCentre, volunteerId: string) {
  assertMay(centre, volunteersPolicy.view);
  if (!isId(volunteerId)) return null;
  const v = await db.volunteer.findUnique({
    where: { centreId_id: { centreId: centre.id, id: volunteerId } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      birthYear: true,
      sex: true,
      guardianConsentOn: true,
      phone: true,
      email: true,
      skills: true,
      availability: true,
      strand: true,
      registerCheckOn: true,
      criminalRecordOn: true,
      archivedAt: true,
      userId: true,
      membership: { select: { user: { select: { name: true, email: true } } } },
      agreements: { where: { centreId: centre.id }, orderBy: [{ startsOn: "desc" }, { id: "desc" }], select: agreementSelect },
    },
  });
  if (!v) return null;
  const { today, until } = expiryWindow(new Date(), centre.timeZone);
  const year = currentYear();
  const latest = v.agreements.reduce<Date | null>((m, a) => (!m || a.endsOn > m ? a.endsOn : m), null);
  return {
    ...v,
    age: year - v.birthYear,
    needsConsent: needsGuardianConsent(v.birthYear, year),
    flags: flagsOf({ ...v, latestEndsOn: latest }, today, until, year),
  };
}

export type VolunteerProfile = NonNullable<Awaited<ReturnType<typeof getVolunteer>>>;

/** One agreement, with its volunteer's name (the renewal page). */
export async function getAgreement(centre: AuthorisedCentre, agreementId: string) {
  assertMay(centre, volunteersPolicy.view);
  if (!isId(agreementId)) return null;
  return db.volunteerAgreement.findUnique({
    where: { centreId_id: { centreId: centre.id, id: agreementId } },
    select: { ...agreementSelect, volunteer: { select: { id: true, firstName: true, lastName: true, archivedAt: true } } },
  });
}

/**
 * Agreements that end within the window and were not renewed, and those that already ended without
 * renewal, of current (not archived) volunteers. Soonest first.
 */
export async function expiringAgreements(centre: AuthorisedCentre, now = new Date()) {
  assertMay(centre, volunteersPolicy.view);
  const { today, until } = expiryWindow(now, centre.timeZone);
  const rows = await db.volunteerAgreement.findMany({
    where: { centreId: centre.id, endsOn: { lte: dbDate(until) }, renewals: { none: {} }, volunteer: { archivedAt: null } },
    orderBy: [{ endsOn: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      scope: true,
      startsOn: true,
      endsOn: true,
      volunteerId: true,
      volunteer: { select: { firstName: true, lastName: true, strand: true } },
    },
  });
  // An older agreement superseded by a later one of the same volunteer (not marked as its renewal)
  // is not expiring: the volunteer has a newer one.
  const ids = [...new Set(rows.map((r) => r.volunteerId))];
  const later = ids.length
    ? await db.volunteerAgreement.groupBy({ by: ["volunteerId"], where: { centreId: centre.id, volunteerId: { in: ids } }, _max: { endsOn: true } })
    : [];
  const latestEnd = new Map(later.map((l) => [l.volunteerId, l._max.endsOn?.getTime() ?? 0]));
  const current = rows.filter((r) => r.endsOn.getTime() >= (latestEnd.get(r.volunteerId) ?? 0));
  const expired = current.filter((r) => fromDbDate(r.endsOn) < today);
  const soon = current.filter((r) => fromDbDate(r.endsOn) >= today);
  return { today, until, soon, expired };
}

/** Accounts a profile can be linked to: active VOLUNTEER members of this centre without a profile. */
export async function linkableAccounts(centre: AuthorisedCentre) {
  assertMay(centre, volunteersPolicy.view);
  const rows = await db.membership.findMany({
    where: { centreId: centre.id, role: "VOLUNTEER", status: "ACTIVE", volunteer: { is: null } },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    select: { id: true, user: { select: { name: true, email: true } } },
    take: LIST_LIMIT,
  });
  return rows.map((m) => ({ value: m.id, label: `${m.user.name} (${m.user.email})` }));
}

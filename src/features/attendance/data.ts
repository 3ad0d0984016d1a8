// Reads of the attendance register. Every function takes an AuthorisedCentre, checks the role again
// (not only the page's guard) and scopes each query by its id. Coordinators see names and marks
// only: no contact details, no special-category data.
import type { AttendanceStatus } from "@/generated/prisma/enums";
import { isId } from "@/server/validation";
import { assertMay } from "@/server/tenant";

import { db } from "@/server/db";
import { localDate } from "@/server/time";
import type { AuthorisedCentre } from "@/server/tenant";
import { monthDays, monthRange } from "./month";
import { attendancePolicy } from "./policy";
import { participantTallies, ratePercent, sessionTallies, type Tally } from "./rates";
import { covers, rosterBetween, rosterOn } from "./roster";

const sessionSelect = {
  id: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  topic: true,
  leader: true,
  status: true,
  cancelReason: true,
  venue: { select: { name: true } },
} as const;

/** Names of the staff who marked or corrected, by user id: one query. */
async function staffNames(centre: AuthorisedCentre, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.membership.findMany({
    where: { centreId: centre.id, userId: { in: [...new Set(userIds)] } },
    select: { userId: true, user: { select: { name: true } } },
  });
  return new Map(rows.map((r) => [r.userId, r.user.name]));
}

export const UNKNOWN_STAFF = "osoba spoza zespołu";

/** One session's register: who belongs on it, their marks, who marked, the corrections and the rate. Null when not this edition's. */
export async function sessionRegister(centre: AuthorisedCentre, editionId: string, sessionId: string) {
  assertMay(centre, attendancePolicy.view);
  if (!isId(sessionId) || !isId(editionId)) return null;
  const session = await db.session.findFirst({ where: { centreId: centre.id, id: sessionId, editionId }, select: sessionSelect });
  if (!session) return null;
  const day = localDate(session.startsAt, centre.timeZone);
  const [roster, marks, changes, tallies] = await Promise.all([
    rosterOn(db, centre, editionId, day),
    db.attendance.findMany({
      where: { centreId: centre.id, sessionId },
      select: { participantId: true, status: true, markedById: true, markedAt: true },
    }),
    db.attendanceChange.findMany({
      where: { centreId: centre.id, sessionId },
      orderBy: [{ changedAt: "desc" }, { id: "desc" }],
      select: { id: true, participantId: true, fromStatus: true, toStatus: true, changedById: true, changedAt: true },
    }),
    sessionTallies(centre, editionId),
  ]);
  const names = await staffNames(centre, [...marks.map((m) => m.markedById), ...changes.map((c) => c.changedById)]);
  const markOf = new Map(marks.map((m) => [m.participantId, m]));
  // People corrected or marked earlier but no longer on the list (their period changed) keep their history.
  const listed = new Set(roster.map((r) => r.participantId));
  const outside = [...new Set([...marks.map((m) => m.participantId), ...changes.map((c) => c.participantId)])].filter((id) => !listed.has(id));
  const others = outside.length
    ? await db.participant.findMany({ where: { centreId: centre.id, id: { in: outside } }, select: { id: true, firstName: true, lastName: true } })
    : [];
  const personName = new Map([
    ...roster.map((r) => [r.participantId, `${r.firstName} ${r.lastName}`] as const),
    ...others.map((p) => [p.id, `${p.firstName} ${p.lastName}`] as const),
  ]);
  const today = localDate(new Date(), centre.timeZone);
  const tally = tallies.get(sessionId);
  return {
    session,
    day,
    /** Marks can be saved on the day or later, never for a cancelled session. */
    canMark: session.status !== "CANCELLED" && day <= today,
    rows: roster.map((r) => {
      const m = markOf.get(r.participantId);
      return {
        participantId: r.participantId,
        name: `${r.firstName} ${r.lastName}`,
        status: m?.status ?? null,
        markedBy: m ? (names.get(m.markedById) ?? UNKNOWN_STAFF) : null,
        markedAt: m?.markedAt ?? null,
      };
    }),
    changes: changes.map((c) => ({
      id: c.id,
      name: personName.get(c.participantId) ?? "—",
      from: c.fromStatus,
      to: c.toStatus,
      by: names.get(c.changedById) ?? UNKNOWN_STAFF,
      at: c.changedAt,
    })),
    tally: tally ?? null,
    rate: ratePercent(tally),
  };
}

export type SessionRegister = NonNullable<Awaited<ReturnType<typeof sessionRegister>>>;

/** A session's printable list: the session and who belongs on it (with marks, if any). */
export async function sessionList(centre: AuthorisedCentre, editionId: string, sessionId: string) {
  assertMay(centre, attendancePolicy.view);
  if (!isId(sessionId) || !isId(editionId)) return null;
  const session = await db.session.findFirst({ where: { centreId: centre.id, id: sessionId, editionId }, select: sessionSelect });
  if (!session) return null;
  const day = localDate(session.startsAt, centre.timeZone);
  const roster = await rosterOn(db, centre, editionId, day);
  return { session, day, rows: roster.map((r) => ({ participantId: r.participantId, name: `${r.firstName} ${r.lastName}` })) };
}

const EMPTY: Tally = { present: 0, excused: 0, absent: 0, marked: 0 };

/** A month of an edition: its sessions (not cancelled) × the participants, with marks and rates. */
export async function monthRegister(centre: AuthorisedCentre, editionId: string, month: string) {
  assertMay(centre, attendancePolicy.view);
  const { start, end } = monthRange(month, centre.timeZone);
  const { first, last } = monthDays(month);
  const [sessions, roster, bySession, byParticipant] = await Promise.all([
    db.session.findMany({
      where: { centreId: centre.id, editionId, startsAt: { gte: start, lt: end }, status: { not: "CANCELLED" } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, startsAt: true, endsAt: true, topic: true, leader: true, status: true },
    }),
    rosterBetween(db, centre, editionId, first, last),
    sessionTallies(centre, editionId),
    participantTallies(centre, editionId),
  ]);
  const marks = sessions.length
    ? await db.attendance.findMany({
        where: { centreId: centre.id, sessionId: { in: sessions.map((s) => s.id) } },
        select: { sessionId: true, participantId: true, status: true },
      })
    : [];
  const mark = new Map(marks.map((m) => [`${m.sessionId}:${m.participantId}`, m.status]));
  const days = sessions.map((s) => ({
    ...s,
    day: localDate(s.startsAt, centre.timeZone),
    rate: ratePercent(bySession.get(s.id)),
    tally: bySession.get(s.id) ?? EMPTY,
  }));
  const rows = roster.map((r) => {
    const cells = days.map((s) => {
      const status: AttendanceStatus | null = mark.get(`${s.id}:${r.participantId}`) ?? null;
      return { sessionId: s.id, status, onList: covers(r, s.day) };
    });
    const tally = { ...EMPTY };
    for (const c of cells) {
      if (!c.status) continue;
      tally.marked += 1;
      if (c.status === "PRESENT") tally.present += 1;
      else if (c.status === "EXCUSED") tally.excused += 1;
      else tally.absent += 1;
    }
    return {
      participantId: r.participantId,
      name: `${r.firstName} ${r.lastName}`,
      cells,
      monthRate: ratePercent(tally),
      monthTally: tally,
      editionRate: ratePercent(byParticipant.get(r.participantId)),
    };
  });
  // A session on or before today whose list still misses someone's mark waits to be filled in.
  const today = localDate(new Date(), centre.timeZone);
  const awaiting = new Set(days.filter((s, k) => s.day <= today && rows.some((r) => r.cells[k].onList && !r.cells[k].status)).map((s) => s.id));
  return { sessions: days.map((s) => ({ ...s, awaiting: awaiting.has(s.id) })), rows };
}

// Attendance rates of a KIS edition, counted in the database (one grouped query each, never a
// query per person or per session). A rate is present ÷ marked: a session counts for a person once
// the register has a mark for them, so sessions still to come and people outside their individual
// period do not lower it.
import type { AttendanceStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";

export type Tally = { present: number; excused: number; absent: number; marked: number };

const empty = (): Tally => ({ present: 0, excused: 0, absent: 0, marked: 0 });
const KEY: Record<AttendanceStatus, keyof Tally> = { PRESENT: "present", EXCUSED: "excused", ABSENT: "absent" };

/** Present ÷ marked as a whole percentage, or null when nothing is marked yet. */
export function ratePercent(t: Tally | undefined): number | null {
  return t && t.marked > 0 ? Math.round((100 * t.present) / t.marked) : null;
}

async function tallies(centre: AuthorisedCentre, editionId: string, by: "participantId" | "sessionId", participantId?: string) {
  const rows = await db.attendance.groupBy({
    by: [by, "status"],
    where: { centreId: centre.id, session: { centreId: centre.id, editionId }, ...(participantId ? { participantId } : {}) },
    _count: { _all: true },
  });
  const out = new Map<string, Tally>();
  for (const r of rows) {
    const id = r[by] as string;
    const t = out.get(id) ?? empty();
    t[KEY[r.status]] += r._count._all;
    t.marked += r._count._all;
    out.set(id, t);
  }
  return out;
}

/** Each participant's marks in the edition, by participant id. */
export function participantTallies(centre: AuthorisedCentre, editionId: string) {
  return tallies(centre, editionId, "participantId");
}

/** One participant's marks in the edition (their tally alone, not the whole edition's). */
export async function participantTally(centre: AuthorisedCentre, editionId: string, participantId: string): Promise<Tally | undefined> {
  return (await tallies(centre, editionId, "participantId", participantId)).get(participantId);
}

/** Each session's marks, by session id. */
export function sessionTallies(centre: AuthorisedCentre, editionId: string) {
  return tallies(centre, editionId, "sessionId");
}

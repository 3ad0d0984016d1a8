// The volunteer agreement (porozumienie) is required by law only for service longer than 30 days
// (ustawa o działalności pożytku publicznego i o wolontariacie, art. 44). A task is one session, often
// a one-off (a picnic), so the system cannot tell whether this volunteer's service will be longer:
// we WARN the coordinator, when assigning or approving and on the task's page, that no agreement
// covers the session's day, and let them decide. Refusing would block legitimate one-off help.
import type { Tx } from "@/server/db";
import { db } from "@/server/db";
import { dbDate } from "@/server/time";

export const AGREEMENT_WARNING =
  "Uwaga: ten wolontariusz nie ma porozumienia obejmującego dzień spotkania. Porozumienie jest wymagane, gdy wolontariat trwa dłużej niż 30 dni.";

/** Of these volunteers, those with an agreement in force on `day` (yyyy-MM-dd), in one query. */
export async function coveredOn(client: Tx | typeof db, centreId: string, volunteerIds: string[], day: string): Promise<Set<string>> {
  if (!volunteerIds.length) return new Set();
  const rows = await client.volunteerAgreement.findMany({
    where: { centreId, volunteerId: { in: [...new Set(volunteerIds)] }, startsOn: { lte: dbDate(day) }, endsOn: { gte: dbDate(day) } },
    select: { volunteerId: true },
  });
  return new Set(rows.map((r) => r.volunteerId));
}

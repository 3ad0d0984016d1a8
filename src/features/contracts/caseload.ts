// "Moje sprawy": what the signed-in social worker has to attend to. Each list is scoped to the
// centre and to contracts (or clients) that are theirs.
import { db } from "@/server/db";
import { assertMay } from "@/server/tenant";
import type { AuthorisedCentre } from "@/server/tenant";
import { dbDate, weekRange } from "@/server/time";
import { addDaysIso, today } from "./period";
import { contractsPolicy } from "./policy";

/** How many of "my clients" the page lists before linking to the full list. */
export const CLIENTS_SHOWN = 10;
/** "Ending soon" means within this many days. */
export const ENDING_WITHIN_DAYS = 14;

const contractRow = {
  id: true,
  number: true,
  year: true,
  variant: true,
  periodStart: true,
  periodEnd: true,
  nextEvaluationOn: true,
  participant: { select: { id: true, firstName: true, lastName: true } },
} as const;

export async function myCaseload(centre: AuthorisedCentre, now = new Date()) {
  assertMay(centre, contractsPolicy.view);
  const me = centre.actorId;
  const day = today(centre.timeZone, now);
  const sunday = addDaysIso(weekRange(now, 0, centre.timeZone).monday, 6);
  const mine = { centreId: centre.id, socialWorkerId: me, status: "ACTIVE" as const };
  const myClients = { centreId: centre.id, socialWorkerId: me, archivedAt: null };
  const [clients, clientCount, dueForEvaluation, endingSoon, overdueActions] = await Promise.all([
    db.participant.findMany({
      where: myClients,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      take: CLIENTS_SHOWN,
      select: { id: true, firstName: true, lastName: true },
    }),
    db.participant.count({ where: myClients }),
    // Due this week (Monday to Sunday), or already overdue.
    db.socialContract.findMany({
      where: { ...mine, nextEvaluationOn: { lte: dbDate(sunday) } },
      orderBy: [{ nextEvaluationOn: "asc" }, { id: "asc" }],
      select: contractRow,
    }),
    db.socialContract.findMany({
      where: { ...mine, periodEnd: { gte: dbDate(day), lte: dbDate(addDaysIso(day, ENDING_WITHIN_DAYS)) } },
      orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
      select: contractRow,
    }),
    db.contractAction.findMany({
      where: { centreId: centre.id, doneOn: null, deadline: { lt: dbDate(day) }, contract: mine },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      select: {
        id: true,
        description: true,
        deadline: true,
        responsible: true,
        responsibleName: true,
        contract: { select: { id: true, number: true, year: true, participant: { select: { firstName: true, lastName: true } } } },
      },
    }),
  ]);
  return { today: day, sunday, clients, clientCount, dueForEvaluation, endingSoon, overdueActions };
}

export type Caseload = Awaited<ReturnType<typeof myCaseload>>;

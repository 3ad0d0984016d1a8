// Contracts in force whose period has ended become EXPIRED: the day after the period's last day where
// the centre is. Meant to run on a schedule (e.g. nightly); it is not a person's action, so its audit
// events have no actor. Closed on the period's last day, when the contract actually ended.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

export const EXPIRE_AUDIT_ACTION = "contract.expire";

/**
 * Expires every ACTIVE contract whose period ended before today (in its centre's time zone), in one
 * statement, so a contract closed by a person at the same moment is either closed or expired, never
 * both. `centreId` limits it to one centre. Returns the contracts it expired.
 */
export async function expireEndedContracts({ now = new Date(), centreId }: { now?: Date; centreId?: string } = {}) {
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ centreId: string; id: string }[]>`
      UPDATE "SocialContract" AS sc
      SET "status" = 'EXPIRED', "closedOn" = sc."periodEnd", "nextEvaluationOn" = NULL, "version" = sc."version" + 1, "updatedAt" = now()
      FROM "Centre" AS c
      WHERE c."id" = sc."centreId"
        AND sc."status" = 'ACTIVE'
        AND sc."periodEnd" < (${now}::timestamptz AT TIME ZONE c."timeZone")::date
        ${centreId ? Prisma.sql`AND sc."centreId" = ${centreId}::uuid` : Prisma.empty}
      RETURNING sc."centreId"::text AS "centreId", sc."id"::text AS "id"`;
    if (expired.length) {
      await tx.auditEvent.createMany({
        data: expired.map((c) => ({ centreId: c.centreId, actorId: null, action: EXPIRE_AUDIT_ACTION, recordType: "SocialContract", recordId: c.id })),
      });
    }
    return expired;
  });
}

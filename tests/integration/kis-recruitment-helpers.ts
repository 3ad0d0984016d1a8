// Builders for the KIS recruitment and completion tests: a KIS club with an edition, and people
// referred to it under a contract in force, written directly (the referral itself is tested in
// referrals.test.ts).
import { randomUUID } from "node:crypto";
import type { EnrolmentStatus } from "@/generated/prisma/enums";
import { addDaysIso } from "@/features/contracts/period";
import type { ActionResult } from "@/server/action";
import { db } from "@/server/db";
import { dbDate, localDate } from "@/server/time";

export const day = (n = 0) => addDaysIso(localDate(new Date()), n);

export function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

let number = 0;

/** A KIS club and an edition running from 60 days ago to 120 days ahead. */
export async function makeEdition(centreId: string, capacity: number, status: "RECRUITING" | "RUNNING" | "FINISHED" = "RUNNING") {
  const offer = await db.offer.create({
    data: { centreId, type: "CLUB", clubKind: "KIS", slug: `kis-${randomUUID().slice(0, 8)}`, name: "Klub Integracji Społecznej" },
  });
  return db.kisEdition.create({
    data: { centreId, offerId: offer.id, number: ++number, capacity, status, startsOn: dbDate(day(-60)), endsOn: dbDate(day(120)) },
    select: { id: true, offerId: true, capacity: true },
  });
}

/** A participant with a contract in force (ending in `contractDays`) and an enrolment of the given status. */
export async function makeEnrolment(
  centreId: string,
  edition: { id: string; offerId: string },
  status: EnrolmentStatus,
  over: { lastName?: string; contractDays?: number; waitlistedAt?: Date; periodStart?: string; periodEnd?: string } = {},
) {
  const lastName = over.lastName ?? `Uczestniczka-${randomUUID().slice(0, 6)}`;
  const participant = await db.participant.create({
    data: { centreId, firstName: "Ewa", lastName, searchName: `ewa ${lastName}`.toLowerCase(), phone: "600 100 200", sex: "FEMALE" },
  });
  const author = await db.membership.findFirstOrThrow({ where: { centreId }, select: { userId: true } });
  const contract = await db.socialContract.create({
    data: {
      centreId,
      participantId: participant.id,
      socialWorkerId: author.userId,
      number: Math.floor(Math.random() * 1e9),
      year: 2026,
      variant: "B",
      status: "ACTIVE",
      periodStart: dbDate(day(-90)),
      periodEnd: dbDate(day(over.contractDays ?? 90)),
    },
  });
  const enrolled = status === "ENROLLED" || status === "COMPLETED" || status === "LEFT";
  return db.enrolment.create({
    data: {
      centreId,
      participantId: participant.id,
      offerId: edition.offerId,
      editionId: edition.id,
      contractId: contract.id,
      status,
      referredById: author.userId,
      referralNote: "Chętna do udziału.",
      periodStart: dbDate(over.periodStart ?? (enrolled ? day(-30) : day(7))),
      periodEnd: enrolled ? dbDate(over.periodEnd ?? day(90)) : null,
      waitlistedAt: status === "WAITLISTED" ? (over.waitlistedAt ?? new Date()) : null,
    },
    select: { id: true, participantId: true },
  });
}

// Reads about an edition's participants (enrolled and former): name, contact, individual period,
// attendance and status; never the special-category data (ParticipantSensitive).
import { db } from "@/server/db";
import { isId } from "@/server/validation";
import { assertMay } from "@/server/tenant";

import { participantTallies, participantTally, ratePercent } from "@/features/attendance/rates";
import type { AuthorisedCentre } from "@/server/tenant";
import { completionPolicy } from "./policy";

const PARTICIPANT_STATUSES = ["ENROLLED", "COMPLETED", "LEFT"] as const;

/** Enrolled first, then former participants; each by surname in Polish order. */
export async function editionParticipants(centre: AuthorisedCentre, editionId: string) {
  assertMay(centre, completionPolicy.view);
  if (!isId(editionId)) return [];
  const [rows, tallies] = await Promise.all([
    db.enrolment.findMany({
      where: { centreId: centre.id, editionId, status: { in: [...PARTICIPANT_STATUSES] } },
      select: {
        id: true,
        status: true,
        periodStart: true,
        periodEnd: true,
        leftOn: true,
        leaveReason: true,
        certificateNumber: true,
        certificateYear: true,
        participant: { select: { id: true, firstName: true, lastName: true, phone: true, email: true } },
      },
    }),
    participantTallies(centre, editionId),
  ]);
  const collator = new Intl.Collator("pl");
  return rows
    .map((r) => {
      const tally = tallies.get(r.participant.id);
      return { ...r, tally, rate: ratePercent(tally) };
    })
    .sort(
      (a, b) =>
        Number(a.status !== "ENROLLED") - Number(b.status !== "ENROLLED") ||
        collator.compare(a.participant.lastName, b.participant.lastName) ||
        collator.compare(a.participant.firstName, b.participant.firstName),
    );
}

export type EditionParticipant = Awaited<ReturnType<typeof editionParticipants>>[number];

/** One participant of the edition with their outcomes; null when not this centre's or edition's. */
export async function participantDetail(centre: AuthorisedCentre, editionId: string, enrolmentId: string) {
  assertMay(centre, completionPolicy.view);
  if (!isId(editionId) || !isId(enrolmentId)) return null;
  const e = await db.enrolment.findFirst({
    where: { centreId: centre.id, id: enrolmentId, editionId, status: { in: [...PARTICIPANT_STATUSES] } },
    select: {
      id: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      leftOn: true,
      leaveReason: true,
      leaveNote: true,
      certificateNumber: true,
      certificateYear: true,
      certificateIssuedOn: true,
      participant: { select: { id: true, firstName: true, lastName: true, phone: true, email: true } },
      // Only the period: what the individual period must stay inside.
      contract: { select: { periodStart: true, periodEnd: true } },
      outcomes: {
        where: { centreId: centre.id },
        orderBy: [{ achievedOn: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, achievedOn: true, note: true },
      },
    },
  });
  if (!e) return null;
  const tally = await participantTally(centre, editionId, e.participant.id);
  return { ...e, tally, rate: ratePercent(tally) };
}

export type ParticipantDetail = NonNullable<Awaited<ReturnType<typeof participantDetail>>>;

// Referring a client, under an active kontrakt socjalny, to a KIS edition, a club or a group. The
// referral is an enrolment in status REFERRED; accepting it is the coordinators' (KIS) work.
import { defineAction } from "@/server/action";
import { conflict, invalid, notFound } from "@/server/errors";
import { dbDate, fromDbDate } from "@/server/time";
import { referralsPolicy } from "./policy";
import { referInput } from "./schema";

const OPEN_EDITION = ["PLANNED", "RECRUITING", "RUNNING"] as const;
const STILL_PENDING = ["REFERRED", "WAITLISTED", "ENROLLED"] as const;

export const referClient = defineAction({
  name: "enrolment.refer",
  allow: referralsPolicy.refer,
  input: referInput,
  async run({ tx, centre, actor, input }) {
    const contract = await tx.socialContract.findUnique({
      where: { centreId_id: { centreId: centre.id, id: input.contractId } },
      select: { id: true, status: true, participantId: true, periodStart: true, periodEnd: true },
    });
    if (!contract) throw notFound("Nie znaleziono kontraktu.");
    if (contract.status !== "ACTIVE") throw conflict("Skierować można tylko na podstawie podpisanego, obowiązującego kontraktu socjalnego.");

    let target: { offerId: string; editionId: string | null };
    if (input.target.kind === "edition") {
      const edition = await tx.kisEdition.findUnique({
        where: { centreId_id: { centreId: centre.id, id: input.target.id } },
        select: { id: true, offerId: true, status: true, startsOn: true, endsOn: true },
      });
      if (!edition || !(OPEN_EDITION as readonly string[]).includes(edition.status))
        throw notFound("Nie znaleziono tej edycji KIS albo już się zakończyła.", "target");
      const start = input.startOn;
      // Participation in KIS rests on the contract: it must be in force when participation begins.
      if (start < fromDbDate(contract.periodStart) || start > fromDbDate(contract.periodEnd)) {
        throw invalid(
          `Kontrakt socjalny obowiązuje od ${fromDbDate(contract.periodStart)} do ${fromDbDate(contract.periodEnd)}: data rozpoczęcia udziału w KIS musi mieścić się w tym okresie.`,
          "startOn",
        );
      }
      if (start < fromDbDate(edition.startsOn) || start > fromDbDate(edition.endsOn)) {
        throw invalid(`Ta edycja KIS trwa od ${fromDbDate(edition.startsOn)} do ${fromDbDate(edition.endsOn)}: wybierz datę w tym okresie.`, "startOn");
      }
      target = { offerId: edition.offerId, editionId: edition.id };
    } else {
      const offer = await tx.offer.findUnique({
        where: { centreId_id: { centreId: centre.id, id: input.target.id } },
        select: { id: true, type: true, clubKind: true, archivedAt: true },
      });
      // KIS participation goes through an edition; a programme is not something one joins.
      if (!offer || offer.archivedAt || offer.type === "PROGRAMME" || offer.clubKind === "KIS")
        throw notFound("Nie znaleziono tego klubu ani grupy.", "target");
      target = { offerId: offer.id, editionId: null };
    }

    const pending = await tx.enrolment.findFirst({
      where: {
        centreId: centre.id,
        participantId: contract.participantId,
        offerId: target.offerId,
        editionId: target.editionId,
        status: { in: [...STILL_PENDING] },
      },
      select: { id: true },
    });
    if (pending) throw conflict("Ten klient ma już skierowanie albo miejsce w tym klubie lub grupie.", "target");

    const enrolment = await tx.enrolment.create({
      data: {
        centreId: centre.id,
        participantId: contract.participantId,
        ...target,
        contractId: contract.id,
        status: "REFERRED",
        referredById: actor.userId,
        referralNote: input.note,
        periodStart: dbDate(input.startOn),
      },
      select: { id: true },
    });
    return {
      data: { enrolmentId: enrolment.id },
      audit: { recordType: "Enrolment", recordId: enrolment.id },
      message: "Skierowanie zostało wysłane do koordynatorów.",
    };
  },
});

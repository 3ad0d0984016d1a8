// Decisions on referrals to a KIS edition: accept (takes a place), put on the waitlist, decline.
// Each one locks the edition's row first (places.ts), so decisions on one edition queue: the last
// place can be taken once, however many coordinators press "Przyjmij" at the same moment.
import type { Tx } from "@/server/db";
import { defineAction } from "@/server/action";
import { conflict, notFound } from "@/server/errors";
import { dbDate, fromDbDate, localDate } from "@/server/time";
import { contractInForce, defaultPeriod, firstInLine, lockEdition, placesTaken, requireOpen } from "./places";
import { recruitmentPolicy } from "./policy";
import { declineInput, decisionInput } from "./schema";

/** The enrolment, read after the edition is locked, so its status cannot change under us. */
async function pendingEnrolment(tx: Tx, centreId: string, editionId: string, enrolmentId: string) {
  const e = await tx.enrolment.findUnique({
    where: { centreId_id: { centreId, id: enrolmentId } },
    select: {
      id: true,
      editionId: true,
      status: true,
      periodStart: true,
      participant: { select: { firstName: true, lastName: true } },
      contract: { select: { status: true, periodStart: true, periodEnd: true } },
    },
  });
  if (!e || e.editionId !== editionId) throw notFound("Nie znaleziono tego skierowania w tej edycji.");
  return { ...e, name: `${e.participant.firstName} ${e.participant.lastName}` };
}

const ALREADY: Record<string, string> = {
  ENROLLED: "jest już uczestnikiem tej edycji",
  DECLINED: "ma już odmowę",
  COMPLETED: "zakończył(a) już udział",
  LEFT: "zakończył(a) już udział",
  WAITLISTED: "jest już na liście rezerwowej",
};

export const acceptReferral = defineAction({
  name: "enrolment.accept",
  allow: recruitmentPolicy.decide,
  input: decisionInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    requireOpen(edition);
    const e = await pendingEnrolment(tx, centre.id, edition.id, input.enrolmentId);
    if (e.status !== "REFERRED" && e.status !== "WAITLISTED") throw conflict(`${e.name} ${ALREADY[e.status]}.`);
    const today = localDate(new Date(), centre.timeZone);
    const c = e.contract;
    // Participation rests on a kontrakt socjalny in force (art. 13 of the social employment act).
    if (!contractInForce(c, today)) {
      throw conflict(`Kontrakt socjalny osoby ${e.name} nie obowiązuje: przyjąć można tylko na podstawie obowiązującego kontraktu.`);
    }
    const taken = await placesTaken(tx, centre.id, edition.id);
    if (taken >= edition.capacity) {
      throw conflict(
        `Wszystkie miejsca są zajęte (${taken} z ${edition.capacity}). ${e.name} możesz dopisać do listy rezerwowej: przejdzie na pierwsze wolne miejsce w kolejności dopisania.`,
      );
    }
    // The waitlist keeps its order: nobody is accepted ahead of the first person who could be.
    const first = await firstInLine(tx, centre.id, edition.id, today);
    if (first && first.enrolmentId !== e.id) {
      throw conflict(
        `Lista rezerwowa ma pierwszeństwo: pierwsza w kolejności jest osoba ${first.name}. Przyjmij najpierw ją (albo odmów jej przyjęcia), potem kolejne osoby.`,
      );
    }
    const period = defaultPeriod(edition, e.periodStart ? fromDbDate(e.periodStart) : null, today, c ? fromDbDate(c.periodEnd) : null);
    await tx.enrolment.update({
      where: { centreId_id: { centreId: centre.id, id: e.id } },
      data: { status: "ENROLLED", decidedAt: new Date(), periodStart: dbDate(period.start), periodEnd: dbDate(period.end) },
    });
    return {
      data: { enrolmentId: e.id, period },
      audit: { recordType: "Enrolment", recordId: e.id },
      message: `Przyjęto do KIS: ${e.name} (zajęte ${taken + 1} z ${edition.capacity}).`,
    };
  },
});

export const waitlistReferral = defineAction({
  name: "enrolment.waitlist",
  allow: recruitmentPolicy.decide,
  input: decisionInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    requireOpen(edition);
    const e = await pendingEnrolment(tx, centre.id, edition.id, input.enrolmentId);
    if (e.status !== "REFERRED") throw conflict(`${e.name} ${ALREADY[e.status]}.`);
    // The waitlist moves up only when a place frees: with a place free now, nobody would move it.
    const taken = await placesTaken(tx, centre.id, edition.id);
    if (taken < edition.capacity) {
      throw conflict(`W tej edycji są wolne miejsca (zajęte ${taken} z ${edition.capacity}): przyjmij tę osobę zamiast dopisywać ją do listy rezerwowej.`);
    }
    await tx.enrolment.update({
      where: { centreId_id: { centreId: centre.id, id: e.id } },
      data: { status: "WAITLISTED", waitlistedAt: new Date(), decidedAt: new Date() },
    });
    return {
      data: { enrolmentId: e.id },
      audit: { recordType: "Enrolment", recordId: e.id },
      message: `Dopisano do listy rezerwowej: ${e.name}.`,
    };
  },
});

export const declineReferral = defineAction({
  name: "enrolment.decline",
  allow: recruitmentPolicy.decide,
  input: declineInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    const e = await pendingEnrolment(tx, centre.id, edition.id, input.enrolmentId);
    if (e.status !== "REFERRED" && e.status !== "WAITLISTED") throw conflict(`${e.name} ${ALREADY[e.status]}.`);
    await tx.enrolment.update({
      where: { centreId_id: { centreId: centre.id, id: e.id } },
      data: { status: "DECLINED", declineReason: input.reason, decidedAt: new Date(), waitlistedAt: null },
    });
    return {
      data: { enrolmentId: e.id },
      audit: { recordType: "Enrolment", recordId: e.id },
      message: `Skierowanie osoby ${e.name} zostało odrzucone; pracownik socjalny zobaczy powód.`,
    };
  },
});

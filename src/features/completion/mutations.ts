// A participant's way through and out of a KIS edition: their individual period, leaving with a
// reason (which issues the certificate of participation at once and frees the place for the
// waitlist) and what they did after KIS. Place-changing writes lock the edition first (places.ts).
import type { Tx } from "@/server/db";
import { defineAction } from "@/server/action";
import { conflict, invalid, notFound } from "@/server/errors";
import { nextNumber, SEQUENCES } from "@/server/numbering";
import { dbDate, fromDbDate, localDate } from "@/server/time";
import { lockEdition, promoteFromWaitlist } from "@/features/recruitment/places";
import { formatCalendarDate } from "@/components/ui/format";
import { COMPLETING_REASONS } from "./labels";
import { completionPolicy } from "./policy";
import { leaveInput, outcomeInput, periodInput, removeOutcomeInput } from "./schema";

async function enrolmentOf(tx: Tx, centreId: string, editionId: string, enrolmentId: string) {
  const e = await tx.enrolment.findUnique({
    where: { centreId_id: { centreId, id: enrolmentId } },
    select: {
      id: true,
      editionId: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      leftOn: true,
      participant: { select: { firstName: true, lastName: true } },
      contract: { select: { periodStart: true, periodEnd: true } },
    },
  });
  // Only participants (not referrals) of this edition.
  if (!e || e.editionId !== editionId || !["ENROLLED", "COMPLETED", "LEFT"].includes(e.status)) throw notFound("Nie znaleziono tego uczestnika w tej edycji.");
  return { ...e, name: `${e.participant.firstName} ${e.participant.lastName}` };
}

const pl = (date: string) => formatCalendarDate(dbDate(date));

export const changePeriod = defineAction({
  name: "enrolment.period",
  allow: completionPolicy.manage,
  input: periodInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    const e = await enrolmentOf(tx, centre.id, edition.id, input.enrolmentId);
    if (e.status !== "ENROLLED") throw conflict("Okres można zmienić tylko osobie, która nadal uczestniczy.");
    if (input.start < edition.startsOn) throw invalid(`Edycja zaczyna się ${pl(edition.startsOn)}: udział nie może zacząć się wcześniej.`, "start");
    if (input.end > edition.endsOn) throw invalid(`Edycja kończy się ${pl(edition.endsOn)}: udział nie może trwać dłużej.`, "end");
    // Participation rests on the contract (art. 13): the period stays inside it.
    if (e.contract) {
      const [from, to] = [fromDbDate(e.contract.periodStart), fromDbDate(e.contract.periodEnd)];
      if (input.start < from) throw invalid(`Kontrakt socjalny obowiązuje od ${pl(from)}: udział nie może zacząć się wcześniej.`, "start");
      if (input.end > to) throw invalid(`Kontrakt socjalny obowiązuje do ${pl(to)}: udział nie może trwać dłużej.`, "end");
    }
    await tx.enrolment.update({
      where: { centreId_id: { centreId: centre.id, id: e.id } },
      data: { periodStart: dbDate(input.start), periodEnd: dbDate(input.end) },
    });
    return { data: { enrolmentId: e.id }, audit: { recordType: "Enrolment", recordId: e.id }, message: "Okres uczestnictwa został zmieniony." };
  },
});

export const leaveEdition = defineAction({
  name: "enrolment.leave",
  allow: completionPolicy.manage,
  input: leaveInput,
  async run({ tx, centre, input }) {
    const edition = await lockEdition(tx, centre.id, input.editionId);
    const e = await enrolmentOf(tx, centre.id, edition.id, input.enrolmentId);
    if (e.status !== "ENROLLED") throw conflict(`${e.name} zakończył(a) już udział; zaświadczenie zostało wydane.`);
    const today = localDate(new Date(), centre.timeZone);
    const start = e.periodStart ? fromDbDate(e.periodStart) : edition.startsOn;
    if (input.leftOn > today) throw invalid("Data zakończenia udziału nie może być z przyszłości.", "leftOn");
    if (input.leftOn < start) throw invalid(`Udział zaczął się ${pl(start)}: data zakończenia nie może być wcześniejsza.`, "leftOn");
    if (input.leftOn > edition.endsOn) throw invalid(`Edycja kończy się ${pl(edition.endsOn)}: podaj datę nie późniejszą.`, "leftOn");
    const year = Number(today.slice(0, 4));
    // The certificate (art. 18 ust. 5a) is issued with the leaving, numbered per centre and year.
    const number = await nextNumber(tx, centre.id, SEQUENCES.certificate, year);
    const periodEnd = e.periodEnd && fromDbDate(e.periodEnd) < input.leftOn ? fromDbDate(e.periodEnd) : input.leftOn;
    await tx.enrolment.update({
      where: { centreId_id: { centreId: centre.id, id: e.id } },
      data: {
        status: COMPLETING_REASONS.includes(input.reason) ? "COMPLETED" : "LEFT",
        leftOn: dbDate(input.leftOn),
        leaveReason: input.reason,
        leaveNote: input.note ?? null,
        periodStart: dbDate(start),
        periodEnd: dbDate(periodEnd),
        certificateNumber: number,
        certificateYear: year,
        certificateIssuedOn: dbDate(today),
      },
    });
    const promoted = await promoteFromWaitlist(tx, centre.id, edition, today);
    const moved = promoted.length ? ` Z listy rezerwowej przyjęto: ${promoted.map((p) => p.name).join(", ")}.` : "";
    return {
      data: { enrolmentId: e.id, certificate: `${number}/${year}`, promoted },
      audit: { recordType: "Enrolment", recordId: e.id },
      message: `Udział zakończony, wydano zaświadczenie nr ${number}/${year}.${moved}`,
    };
  },
});

export const addOutcome = defineAction({
  name: "enrolment.outcome.add",
  allow: completionPolicy.manage,
  input: outcomeInput,
  async run({ tx, centre, input }) {
    const e = await enrolmentOf(tx, centre.id, input.editionId, input.enrolmentId);
    if (e.status === "ENROLLED") throw conflict("Efekty po KIS zapisuje się po zakończeniu udziału.", "kind");
    const start = e.periodStart ? fromDbDate(e.periodStart) : null;
    if (start && input.achievedOn < start) throw invalid(`Udział w KIS zaczął się ${pl(start)}: podaj datę nie wcześniejszą.`, "achievedOn");
    if (input.achievedOn > localDate(new Date(), centre.timeZone)) throw invalid("Data nie może być z przyszłości: zapisz efekt, gdy nastąpi.", "achievedOn");
    const outcome = await tx.outcome.create({
      data: { centreId: centre.id, enrolmentId: e.id, kind: input.kind, achievedOn: dbDate(input.achievedOn), note: input.note ?? null },
      select: { id: true },
    });
    return { data: { outcomeId: outcome.id }, audit: { recordType: "Outcome", recordId: outcome.id }, message: "Efekt został zapisany." };
  },
});

export const removeOutcome = defineAction({
  name: "enrolment.outcome.remove",
  allow: completionPolicy.manage,
  input: removeOutcomeInput,
  async run({ tx, centre, input }) {
    const e = await enrolmentOf(tx, centre.id, input.editionId, input.enrolmentId);
    const { count } = await tx.outcome.deleteMany({ where: { centreId: centre.id, id: input.outcomeId, enrolmentId: e.id } });
    if (count === 0) throw notFound("Nie znaleziono tego efektu.");
    return { data: { outcomeId: input.outcomeId }, audit: { recordType: "Outcome", recordId: input.outcomeId }, message: "Efekt został usunięty." };
  },
});

// The certificate of one participant for the signed-in coordinator: read, laid out, and its
// download audited. Only once it has been issued (on leaving the edition).
import { writeAudit } from "@/server/audit";
import { isId } from "@/server/validation";
import { assertMay } from "@/server/tenant";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { editionLabel } from "@/features/editions/edition-name";

import { completionPolicy } from "../policy";
import { activitiesOf, dateText, type CertificateData } from "./certificate-data";
import { renderCertificatePdf } from "./render";

export async function certificateData(centre: AuthorisedCentre, editionId: string, enrolmentId: string): Promise<CertificateData | null> {
  assertMay(centre, completionPolicy.certificate);
  if (!isId(editionId) || !isId(enrolmentId)) return null;
  const e = await db.enrolment.findFirst({
    where: { centreId: centre.id, id: enrolmentId, editionId, certificateNumber: { not: null } },
    select: {
      participantId: true,
      periodStart: true,
      periodEnd: true,
      certificateNumber: true,
      certificateYear: true,
      certificateIssuedOn: true,
      participant: { select: { firstName: true, lastName: true, sex: true } },
      edition: { select: { number: true, startsOn: true, endsOn: true, offer: { select: { name: true } } } },
    },
  });
  if (!e || !e.edition || !e.periodStart || !e.periodEnd || !e.certificateIssuedOn) return null;
  const [letterhead, attended] = await Promise.all([
    db.centre.findUniqueOrThrow({ where: { id: centre.id }, select: { name: true, street: true, postalCode: true, city: true } }),
    db.session.findMany({
      where: {
        centreId: centre.id,
        editionId,
        status: { not: "CANCELLED" },
        attendance: { some: { centreId: centre.id, participantId: e.participantId, status: "PRESENT" } },
      },
      select: { startsAt: true, endsAt: true, topic: true, leader: true, kind: true },
    }),
  ]);
  return {
    number: `${e.certificateNumber}/${e.certificateYear}`,
    issuedOn: dateText(e.certificateIssuedOn),
    place: letterhead.city,
    centre: { name: letterhead.name, address: `${letterhead.street}, ${letterhead.postalCode} ${letterhead.city}` },
    participant: `${e.participant.firstName} ${e.participant.lastName}`,
    participated: e.participant.sex === "FEMALE" ? "uczestniczyła" : e.participant.sex === "MALE" ? "uczestniczył" : "uczestniczył(a)",
    edition: `${e.edition.offer.name}, ${editionLabel(e.edition.number)}`,
    editionPeriod: `${dateText(e.edition.startsOn)} – ${dateText(e.edition.endsOn)}`,
    period: { start: dateText(e.periodStart), end: dateText(e.periodEnd) },
    ...activitiesOf(attended),
  };
}

/** The file and its name ("zaswiadczenie-kis-3-2026.pdf"); null when there is no certificate. */
export async function certificatePdf(centre: AuthorisedCentre, editionId: string, enrolmentId: string) {
  const data = await certificateData(centre, editionId, enrolmentId);
  if (!data) return null;
  const body = await renderCertificatePdf(data);
  await db.$transaction((tx) =>
    writeAudit(tx, centre.id, centre.actorId, { action: "enrolment.certificate.pdf", recordType: "Enrolment", recordId: enrolmentId }),
  );
  return { body, filename: `zaswiadczenie-kis-${data.number.replace("/", "-")}.pdf` };
}

// The certificate of volunteering as a PDF: approved hours of one volunteer in a period. Audited.
import { renderToBuffer } from "@react-pdf/renderer";
import { assertMay } from "@/server/tenant";
import { formatCalendarDate } from "@/components/ui/format";
import { registerPdfFonts } from "@/features/contracts/pdf/fonts";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { dbDate, localDate } from "@/server/time";
import { approvedHours, type Period } from "../hours-data";
import { volunteerTasksPolicy } from "../policy";
import { CertificateDocument, type CertificateData } from "./certificate-document";

const hours = (minutes: number) => (Math.round((minutes / 60) * 100) / 100).toString().replace(".", ",");
const day = (iso: string) => formatCalendarDate(dbDate(iso));

export async function renderCertificate(data: CertificateData): Promise<Uint8Array<ArrayBuffer>> {
  registerPdfFonts();
  return new Uint8Array(await renderToBuffer(<CertificateDocument d={data} />));
}

/** Null when the volunteer is not this centre's. */
export async function volunteerCertificate(centre: AuthorisedCentre, volunteerId: string, period: Period) {
  assertMay(centre, volunteerTasksPolicy.manage);
  const volunteer = await db.volunteer.findUnique({
    where: { centreId_id: { centreId: centre.id, id: volunteerId } },
    select: { id: true, firstName: true, lastName: true },
  });
  if (!volunteer) return null;
  const [rows, letterhead] = await Promise.all([
    approvedHours(centre, period, volunteer.id),
    db.centre.findUniqueOrThrow({ where: { id: centre.id }, select: { name: true, street: true, postalCode: true, city: true } }),
  ]);
  const body = await renderCertificate({
    centre: { name: letterhead.name, address: `${letterhead.street}, ${letterhead.postalCode} ${letterhead.city}`, city: letterhead.city },
    issuedOn: day(localDate(new Date(), centre.timeZone)),
    volunteer: `${volunteer.firstName} ${volunteer.lastName}`,
    period: { from: day(period.from), to: day(period.to) },
    totalHours: hours(rows.reduce((n, r) => n + r.minutes, 0)),
    rows: rows.map((r) => ({ date: day(r.workedOn), what: r.role ?? r.description ?? "—", programme: r.programme, hours: hours(r.minutes) })),
    programmes: [...new Set(rows.map((r) => r.programme))],
  });
  await db.$transaction((tx) =>
    writeAudit(tx, centre.id, centre.actorId, { action: "volunteer.certificate", recordType: "Volunteer", recordId: volunteer.id }),
  );
  const name = `${volunteer.lastName}-${volunteer.firstName}`
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z-]/g, "");
  return { body, filename: `zaswiadczenie-wolontariat-${name}-${period.from}-${period.to}.pdf` };
}

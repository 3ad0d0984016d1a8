// Volunteering hours for reports: only APPROVED records count, totalled per volunteer, per
// programme (the offer whose session the task was at) and per month. One query; the sums are made
// here so the CSV, the certificate and the page all agree.
import { writeAudit } from "@/server/audit";
import { assertMay } from "@/server/tenant";
import { csvRows } from "@/server/csv";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { dbDate, fromDbDate } from "@/server/time";
import { volunteerTasksPolicy } from "./policy";

export const NO_PROGRAMME = "Bez przypisanego programu";

export type Period = { from: string; to: string };

export async function approvedHours(centre: AuthorisedCentre, period: Period, volunteerId?: string) {
  assertMay(centre, volunteerTasksPolicy.manage);
  const rows = await db.volunteerHours.findMany({
    where: {
      centreId: centre.id,
      status: "APPROVED",
      workedOn: { gte: dbDate(period.from), lte: dbDate(period.to) },
      ...(volunteerId ? { volunteerId } : {}),
    },
    orderBy: [{ workedOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      workedOn: true,
      minutes: true,
      description: true,
      volunteer: { select: { id: true, firstName: true, lastName: true } },
      task: { select: { role: true, session: { select: { offer: { select: { id: true, name: true } } } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    workedOn: fromDbDate(r.workedOn),
    minutes: r.minutes,
    description: r.description,
    volunteerId: r.volunteer.id,
    volunteer: `${r.volunteer.lastName} ${r.volunteer.firstName}`,
    role: r.task?.role ?? null,
    programmeId: r.task?.session.offer.id ?? null,
    programme: r.task?.session.offer.name ?? NO_PROGRAMME,
  }));
}

export type ApprovedHour = Awaited<ReturnType<typeof approvedHours>>[number];

/** Sums per key (an id: two volunteers with one name, or two offers with one name, stay apart); the label is shown. */
function sumBy(rows: ApprovedHour[], key: (r: ApprovedHour) => string, label: (r: ApprovedHour) => string) {
  const out = new Map<string, { key: string; label: string; minutes: number }>();
  for (const r of rows) {
    const k = key(r);
    const row = out.get(k) ?? { key: k, label: label(r), minutes: 0 };
    row.minutes += r.minutes;
    out.set(k, row);
  }
  return [...out.values()];
}

export async function hoursTotals(centre: AuthorisedCentre, period: Period) {
  const rows = await approvedHours(centre, period);
  const collator = new Intl.Collator("pl");
  return {
    total: rows.reduce((n, r) => n + r.minutes, 0),
    records: rows.length,
    byVolunteer: sumBy(
      rows,
      (r) => r.volunteerId,
      (r) => r.volunteer,
    ).sort((a, b) => collator.compare(a.label, b.label) || a.key.localeCompare(b.key)),
    byProgramme: sumBy(
      rows,
      (r) => r.programmeId ?? "",
      (r) => r.programme,
    ).sort((a, b) => collator.compare(a.label, b.label) || a.key.localeCompare(b.key)),
    byMonth: sumBy(
      rows,
      (r) => r.workedOn.slice(0, 7),
      (r) => r.workedOn.slice(0, 7),
    ).sort((a, b) => a.key.localeCompare(b.key)),
  };
}

const hoursNumber = (minutes: number) => (Math.round((minutes / 60) * 100) / 100).toString().replace(".", ",");

/** The approved records as CSV for a spreadsheet (src/server/csv.ts: BOM, semicolons, formulas defused). Audited. */
export async function hoursCsv(centre: AuthorisedCentre, period: Period) {
  const rows = await approvedHours(centre, period);
  // Volunteers' names leave the system with the file: each download is audited, like the certificate.
  await db.$transaction((tx) =>
    writeAudit(tx, centre.id, centre.actorId, { action: "volunteerHours.csv", recordType: "VolunteerHoursExport", recordId: `${period.from}..${period.to}` }),
  );
  return csvRows([
    ["Data", "Wolontariusz", "Zadanie", "Program", "Godziny", "Opis"],
    ...rows.map((r) => [r.workedOn, r.volunteer, r.role ?? "", r.programme, hoursNumber(r.minutes), r.description ?? ""]),
  ]);
}

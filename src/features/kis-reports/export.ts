// The yearly report on its page and as files (PDF and CSV) for the signed-in coordinator; each view
// and each download is audited: the art. 1 group counts are shown or leave the system with it.
import { formatDateTime } from "@/components/ui/format";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { toCsv } from "@/server/csv";
import { renderReportPdf } from "./pdf/render";
import { yearlyReport } from "./yearly-data";
import { reportTables, reportTitle } from "./yearly-tables";

/** The report, with an audit event: shown on its page (view) or downloaded (pdf, csv). */
async function audited(centre: AuthorisedCentre, year: number, how: "view" | "pdf" | "csv") {
  const report = await yearlyReport(centre, year);
  await db.$transaction((tx) =>
    writeAudit(tx, centre.id, centre.actorId, { action: `kis.report.${how}`, recordType: "KisYearlyReport", recordId: String(year) }),
  );
  return report;
}

/** The report for its page: showing the art. 1 group counts is recorded (kis.report.view), like a download. */
export function reportForPage(centre: AuthorisedCentre, year: number) {
  return audited(centre, year, "view");
}

async function prepared(centre: AuthorisedCentre, year: number, format: "pdf" | "csv") {
  const report = await audited(centre, year, format);
  return { report, tables: reportTables(report), title: reportTitle(year), generatedOn: formatDateTime(new Date()) };
}

export async function reportPdf(centre: AuthorisedCentre, year: number) {
  const r = await prepared(centre, year, "pdf");
  const body = await renderReportPdf({ title: r.title, centreName: centre.name, generatedOn: r.generatedOn, tables: r.tables });
  return { body, filename: `sprawozdanie-kis-${year}.pdf` };
}

export async function reportCsv(centre: AuthorisedCentre, year: number) {
  const r = await prepared(centre, year, "csv");
  const body = toCsv([[r.title], ["Ośrodek", centre.name], ["Stan na", r.generatedOn]], r.tables);
  return { body, filename: `sprawozdanie-kis-${year}.csv` };
}

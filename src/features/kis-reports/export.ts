// The yearly report as files (PDF and CSV) for the signed-in coordinator; each download is audited:
// the art. 1 group counts leave the system with it.
import { formatDateTime } from "@/components/ui/format";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { toCsv } from "@/server/csv";
import { renderReportPdf } from "./pdf/render";
import { yearlyReport } from "./yearly-data";
import { reportTables, reportTitle } from "./yearly-tables";

async function prepared(centre: AuthorisedCentre, year: number, format: "pdf" | "csv") {
  const report = await yearlyReport(centre, year);
  await db.$transaction((tx) =>
    writeAudit(tx, centre.id, centre.actorId, { action: `kis.report.${format}`, recordType: "KisYearlyReport", recordId: String(year) }),
  );
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

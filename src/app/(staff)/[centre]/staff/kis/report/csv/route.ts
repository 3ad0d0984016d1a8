// The yearly KIS report as CSV for Polish Excel (UTF-8 with BOM, semicolons). Authorised like its
// page (requireCentre: sign-in, 404 for another centre, 403 for a weaker role); audited (kis.report.csv).
import { reportCsv } from "@/features/kis-reports/export";
import { kisReportsPolicy } from "@/features/kis-reports/policy";
import { parseReportYear } from "@/features/kis-reports/year";
import { requireCentre } from "@/server/page-guard";
import { localDate } from "@/server/time";

export async function GET(request: Request, { params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, kisReportsPolicy.report);
  const year = parseReportYear(new URL(request.url).searchParams.get("rok"), Number(localDate(new Date()).slice(0, 4)));
  const csv = await reportCsv(centre, year);
  return new Response(csv.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csv.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

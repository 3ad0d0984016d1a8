// The yearly KIS report as a PDF. Authorised like its page (requireCentre: sign-in, 404 for another
// centre, 403 for a weaker role); each download is audited (kis.report.pdf).
import { reportPdf } from "@/features/kis-reports/export";
import { kisReportsPolicy } from "@/features/kis-reports/policy";
import { parseReportYear } from "@/features/kis-reports/year";
import { requireCentre } from "@/server/page-guard";
import { localDate } from "@/server/time";

export async function GET(request: Request, { params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, kisReportsPolicy.report);
  const year = parseReportYear(new URL(request.url).searchParams.get("rok"), Number(localDate(new Date()).slice(0, 4)));
  const pdf = await reportPdf(centre, year);
  return new Response(pdf.body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdf.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

// Approved volunteering hours of a period as CSV (UTF-8 with BOM, semicolons), for a spreadsheet.
import { hoursCsv } from "@/features/volunteer-tasks/hours-data";
import { periodOf } from "@/features/volunteer-tasks/period";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { requireCentre } from "@/server/page-guard";

export async function GET(request: Request, { params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, volunteerTasksPolicy.manage);
  const search = new URL(request.url).searchParams;
  const period = periodOf({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined }, centre.timeZone);
  const body = await hoursCsv(centre, period);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="godziny-wolontariuszy-${period.from}-${period.to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

// The certificate of volunteering (PDF) for one volunteer and period, from approved hours only.
import { volunteerCertificate } from "@/features/volunteer-tasks/pdf/certificate";
import { isId } from "@/server/validation";
import { periodOf } from "@/features/volunteer-tasks/period";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { requireCentre } from "@/server/page-guard";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, volunteerTasksPolicy.manage);
  const search = new URL(request.url).searchParams;
  const volunteerId = search.get("volunteerId") ?? "";
  if (!isId(volunteerId)) return text("Wybierz wolontariusza.", 400);
  const period = periodOf({ from: search.get("from") ?? undefined, to: search.get("to") ?? undefined }, centre.timeZone);
  const pdf = await volunteerCertificate(centre, volunteerId, period);
  if (!pdf) return text("Nie znaleziono wolontariusza.", 404);
  return new Response(pdf.body, {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `inline; filename="${pdf.filename}"`, "Cache-Control": "private, no-store" },
  });
}

// The certificate of participation as a PDF. Authorised like the participant's page (requireCentre:
// sign-in, 404 for another centre, 403 for a weaker role); each download is audited.
import { completionPolicy } from "@/features/completion/policy";
import { certificatePdf } from "@/features/completion/pdf/certificate-pdf";
import { requireCentre } from "@/server/page-guard";

type Params = { params: Promise<{ centre: string; editionId: string; enrolmentId: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { centre: slug, editionId, enrolmentId } = await params;
  const centre = await requireCentre(slug, completionPolicy.certificate);
  const pdf = await certificatePdf(centre, editionId, enrolmentId);
  if (!pdf) return new Response("Nie znaleziono zaświadczenia.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(pdf.body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdf.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

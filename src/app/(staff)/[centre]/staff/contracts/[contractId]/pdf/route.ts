// The contract as a PDF, laid out for signatures. Authorised like the contract's page (requireCentre:
// sign-in, 404 for another centre, 403 for a weaker role); each download is audited (contract.pdf).
import { contractPdf } from "@/features/contracts/pdf/contract-pdf";
import { contractsPolicy } from "@/features/contracts/policy";
import { requireCentre } from "@/server/page-guard";

export async function GET(_request: Request, { params }: { params: Promise<{ centre: string; contractId: string }> }) {
  const { centre: slug, contractId } = await params;
  const centre = await requireCentre(slug, contractsPolicy.pdf);
  const pdf = await contractPdf(centre, contractId);
  if (!pdf) return new Response("Nie znaleziono kontraktu.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(pdf.body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${pdf.filename}"`,
      // A client's case: never kept by shared caches or the browser's back-forward cache on disk.
      "Cache-Control": "private, no-store",
    },
  });
}

import { renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "@/features/contracts/pdf/fonts";
import { CertificateDocument } from "./certificate-document";
import type { CertificateData } from "./certificate-data";

/** The certificate as a PDF file. */
export async function renderCertificatePdf(data: CertificateData): Promise<Uint8Array<ArrayBuffer>> {
  registerPdfFonts();
  const buffer = await renderToBuffer(<CertificateDocument data={data} />);
  return new Uint8Array(buffer);
}

import { renderToBuffer } from "@react-pdf/renderer";
import { registerPdfFonts } from "@/features/contracts/pdf/fonts";
import type { ReportTable } from "../yearly-tables";
import { ReportDocument } from "./report-document";

/** The yearly report as a PDF file. */
export async function renderReportPdf(data: {
  title: string;
  centreName: string;
  generatedOn: string;
  tables: ReportTable[];
}): Promise<Uint8Array<ArrayBuffer>> {
  registerPdfFonts();
  const buffer = await renderToBuffer(<ReportDocument {...data} />);
  // A plain Uint8Array (not a Node Buffer) is what a web Response takes as its body.
  return new Uint8Array(buffer);
}

import { renderToBuffer } from "@react-pdf/renderer";
import { ContractDocument } from "./contract-document";
import { registerPdfFonts } from "./fonts";
import type { ContractPdfData } from "./pdf-data";

/** The contract as a PDF file. */
export async function renderContractPdf(data: ContractPdfData): Promise<Uint8Array<ArrayBuffer>> {
  registerPdfFonts();
  const buffer = await renderToBuffer(<ContractDocument data={data} />);
  // A plain Uint8Array (not a Node Buffer) is what a web Response takes as its body.
  return new Uint8Array(buffer);
}

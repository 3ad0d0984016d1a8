import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import type { ContractPdfData } from "./pdf-data";
import { renderContractPdf } from "./render";

const data: ContractPdfData = {
  number: "12/2026",
  variant: "A",
  concludedOn: "2 marca 2026",
  place: "Łódź",
  centre: { name: "Ośrodek Pomocy Społecznej w Janowie Lubelskim", address: "ul. Zamoyskiego 59, 23-300 Janów Lubelski" },
  client: {
    title: "Pani Żaneta Gęślak",
    livesAt: "zamieszkała",
    address: "ul. Źródlana 5, 23-300 Janów Lubelski",
    acknowledgement: "Oświadczam, że zostałam pouczona.",
  },
  family: [{ name: "Łucja Gęślak", role: "córka" }],
  institutions: ["Powiatowy Urząd Pracy w Janowie Lubelskim"],
  socialWorker: "Bożena Świątek",
  labourOfficeReferral: null,
  causes: "Zadłużenie czynszowe",
  resources: "Wsparcie siostry",
  limitations: "Choroba przewlekła",
  mainGoal: "Wyjście z zadłużenia",
  goals: ["Spłata zaległości", "Znalezienie pracy"],
  actions: Array.from({ length: 12 }, (_, i) => ({
    description: `Działanie ${i + 1}: rejestracja w urzędzie pracy`,
    who: "klient",
    deadline: "31 marca 2026",
    goal: 2,
  })),
  period: { start: "2 marca 2026", end: "31 sierpnia 2026" },
};

/** Text of a PDF, with line breaks and runs of spaces made single spaces. */
async function textOf(pdf: Uint8Array) {
  const { text } = await new PDFParse({ data: pdf }).getText();
  return text.replace(/\s+/g, " ");
}

describe("the contract PDF", () => {
  it("renders the template with Polish letters intact", async () => {
    const pdf = await renderContractPdf(data);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = await textOf(pdf);
    for (const expected of [
      "KONTRAKT SOCJALNY nr 12/2026",
      "Pani Żaneta Gęślak",
      "Łucja Gęślak – córka",
      "Bożena Świątek",
      "Data i miejsce zawarcia: 2 marca 2026, Łódź",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("art. 11 ust. 2");
    expect(text).toMatch(/Kontrakt socjalny nr 12\/2026 · strona 1 z [23]/);
    expect(text).toContain("podpis członka rodziny: Łucja Gęślak");
  });
});

import { describe, expect, it } from "vitest";
import { csvField, csvRows, toCsv } from "./csv";

describe("the report's CSV", () => {
  it("starts with a BOM, separates by semicolons and ends lines with CRLF", () => {
    const csv = toCsv([["Ośrodek", "MGOPS Lubsko"]], [{ title: "1. Kadra", columns: ["Funkcja", "Wymiar"], rows: [["psycholog", "0,25"]] }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("Ośrodek;MGOPS Lubsko\r\n\r\n1. Kadra\r\nFunkcja;Wymiar\r\npsycholog;0,25\r\n");
  });

  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(csvField('Klub "Razem"; edycja')).toBe('"Klub ""Razem""; edycja"');
    expect(csvField("dwie\nlinie")).toBe('"dwie\nlinie"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(0.5)).toBe("0,5");
    expect(csvField("zwykły tekst")).toBe("zwykły tekst");
  });
});

describe("plain CSV rows", () => {
  it("defuses every formula start users can type, and keeps ordinary text", () => {
    const csv = csvRows([["Opis"], ["=1+2"], ["+48 600"], ["-SUM(A1)"], ["@cmd"], ["pomoc przy pikniku"]]);
    expect(csv.slice(1)).toBe("Opis\r\n'=1+2\r\n'+48 600\r\n'-SUM(A1)\r\n'@cmd\r\npomoc przy pikniku\r\n");
  });
});

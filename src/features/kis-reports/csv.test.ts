import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("the report's CSV", () => {
  it("starts with a BOM, separates by semicolons and ends lines with CRLF", () => {
    const csv = toCsv([["Ośrodek", "MGOPS Lubsko"]], [{ id: "t", title: "1. Kadra", columns: ["Funkcja", "Wymiar"], rows: [["psycholog", "0,25"]] }]);
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

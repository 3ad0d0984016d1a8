// CSV that Polish Excel opens as it is: UTF-8 with a byte-order mark (else Excel reads it as
// Windows-1250 and mangles ą, ł, ż), semicolons (the comma is the decimal separator in Polish
// locales), CRLF line ends, fields quoted when they hold a separator, a quote or a line break.
import type { Cell, ReportTable } from "./yearly-tables";

const BOM = "\uFEFF";

/** One field. Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '. */
export function csvField(value: Cell): string {
  if (typeof value === "number") return String(value).replace(".", ",");
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Cell[]): string {
  return cells.map(csvField).join(";");
}

/** The report: its title lines, then each table (title, header, rows), a blank line between. */
export function toCsv(heading: Cell[][], tables: ReportTable[]): string {
  const lines = heading.map(csvLine);
  for (const t of tables) lines.push("", csvLine([t.title]), csvLine(t.columns), ...t.rows.map(csvLine));
  return BOM + lines.join("\r\n") + "\r\n";
}

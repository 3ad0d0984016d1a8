// CSV that Polish Excel opens as it is: UTF-8 with a byte-order mark (else Excel reads it as
// Windows-1250 and mangles ą, ł, ż), semicolons (the comma is the decimal separator in Polish
// locales), CRLF line ends, fields quoted when they hold a separator, a quote or a line break.
// Text typed by users (names, descriptions) can start with = + - @: a spreadsheet would run it as a
// formula (CSV injection), so such a field is prefixed with an apostrophe.

export type CsvCell = string | number;
export type CsvTable = { title: string; columns: string[]; rows: CsvCell[][] };

const BOM = "\uFEFF";

/** One field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with '. */
export function csvField(value: CsvCell): string {
  if (typeof value === "number") return String(value).replace(".", ",");
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: CsvCell[]): string {
  return cells.map(csvField).join(";");
}

/** Plain rows (the first usually a header) as a whole file. */
export function csvRows(rows: CsvCell[][]): string {
  return BOM + rows.map(csvLine).join("\r\n") + "\r\n";
}

/** A report: its title lines, then each table (title, header, rows), a blank line between. */
export function toCsv(heading: CsvCell[][], tables: CsvTable[]): string {
  const lines = heading.map(csvLine);
  for (const t of tables) lines.push("", csvLine([t.title]), csvLine(t.columns), ...t.rows.map(csvLine));
  return BOM + lines.join("\r\n") + "\r\n";
}

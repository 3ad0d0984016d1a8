// Labels for the error summary of forms with repeating rows: "goals.1.text" → "Cel szczegółowy 2".
const ROW = /^([A-Za-z]+)\.(\d+|[0-9a-f-]{36})\.([A-Za-z]+)$/;

export type RowNames = Record<string, { one: string; fields: Record<string, string> }>;

/** Each failed field's label, in the order the messages came (the order of the form). */
export function summaryLabels(fieldErrors: Record<string, string[]> | undefined, fixed: Record<string, string>, rows: RowNames = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(fieldErrors ?? {})) {
    const m = ROW.exec(key);
    const row = m ? rows[m[1]] : undefined;
    if (fixed[key]) out[key] = fixed[key];
    else if (m && row) out[key] = `${row.one} ${/^\d+$/.test(m[2]) ? Number(m[2]) + 1 : ""}`.trim() + (row.fields[m[3]] ? ` – ${row.fields[m[3]]}` : "");
  }
  return out;
}

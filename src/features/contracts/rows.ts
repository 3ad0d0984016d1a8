// Repeating parts of a form (goals, actions, parties) arrive as flat fields: "goals.0.text",
// "goals.1.text", … Gathered into arrays in index order, so a message's path ("goals.1.text") is
// the name of the field it belongs next to. Pure, so client components use it too, to rebuild the
// rows from what the person typed after a failed save.

/** More rows than any real contract has; higher indexes are ignored rather than allocated. */
export const MAX_ROWS = 100;

type Flat = Record<string, unknown>;

/** { "goals.0.text": "a", "goals.1.text": "b" } → [{ text: "a" }, { text: "b" }]; gaps become empty rows. */
export function rowsOf(raw: Flat, prefix: string): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const m = new RegExp(`^${prefix}\\.(\\d+)\\.([A-Za-z]+)$`).exec(key);
    if (!m) continue;
    const index = Number(m[1]);
    if (index >= MAX_ROWS) continue;
    while (rows.length <= index) rows.push({});
    rows[index][m[2]] = value;
  }
  return rows;
}

/** { "progress.<id>.status": "DONE" } → { <id>: { status: "DONE" } }; { "deadlines.<id>": "…" } → { <id>: "…" }. */
export function keyedOf(raw: Flat, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(`${prefix}.`)) continue;
    const [id, field] = key.slice(prefix.length + 1).split(".", 2);
    if (field === undefined) out[id] = value;
    else out[id] = { ...((out[id] as object) ?? {}), [field]: value };
  }
  return out;
}

/** The raw form with each prefix's flat fields replaced by one array (rows) or object (keyed). */
export function gathered(raw: unknown, shape: { rows?: string[]; keyed?: string[] }): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const flat = raw as Flat;
  const prefixes = [...(shape.rows ?? []), ...(shape.keyed ?? [])];
  const rest = Object.fromEntries(Object.entries(flat).filter(([k]) => !prefixes.some((p) => k.startsWith(`${p}.`))));
  for (const p of shape.rows ?? []) rest[p] = Array.isArray(flat[p]) ? flat[p] : rowsOf(flat, p);
  for (const p of shape.keyed ?? []) rest[p] = typeof flat[p] === "object" && flat[p] !== null ? flat[p] : keyedOf(flat, p);
  return rest;
}

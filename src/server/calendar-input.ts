// Dates and times as people type them into forms. A date field gives "2026-11-11";
// a person typing by hand writes "11.11.2026"; both mean the same day. Times may be "9:00" or "9.00".

/** "2026-11-11", "11.11.2026" or "1.3.2026" → "2026-11-11"; null if it is not a real day. */
export function parseCalendarDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const polish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : polish ? [polish[3], polish[2], polish[1]] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Date.UTC rolls 31.02 over into March; a real day survives the round trip.
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

/** "9:00", "09.00" or "16:30" → "09:00" / "16:30"; null if it is not a time of day. */
export function parseClockTime(text: string): string | null {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return m ? `${m[1].padStart(2, "0")}:${m[2]}` : null;
}

/** "2026-11-11" → "11.11.2026", how the exceptions field shows dates. */
export function polishDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/** Several dates typed one per line (or separated by commas): the days, and what was not a date. */
export function parseDateList(text: string): { dates: string[]; unreadable: string[] } {
  const parts = text
    .split(/[\n,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const dates = new Set<string>();
  const unreadable: string[] = [];
  for (const part of parts) {
    const date = parseCalendarDate(part);
    if (date) dates.add(date);
    else unreadable.push(part);
  }
  return { dates: [...dates].sort(), unreadable };
}

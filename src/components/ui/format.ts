// Dates and times as people write them: "środa, 12 marca 2025", "16:30", weeks from Monday; in
// Ukrainian and English on the public pages. Always in the centre's time zone.
import { TZDate } from "@date-fns/tz";
import { format, type Locale as DateLocale } from "date-fns";
import { enGB, pl, uk } from "date-fns/locale";
import { ZONE } from "@/server/time";

export type Lang = "pl" | "uk" | "en";
const DATE_LOCALES: Record<Lang, DateLocale> = { pl, uk, en: enGB };

function inZone(instant: Date, zone: string) {
  return new TZDate(instant, zone);
}

/** "środa, 12 marca 2025" */
export function formatDateLong(instant: Date, zone = ZONE, lang: Lang = "pl"): string {
  return format(inZone(instant, zone), "EEEE, d MMMM yyyy", { locale: DATE_LOCALES[lang] });
}

/** "środa, 12 marca" */
export function formatDayHeading(instant: Date, zone = ZONE, lang: Lang = "pl"): string {
  return format(inZone(instant, zone), "EEEE, d MMMM", { locale: DATE_LOCALES[lang] });
}

/** "23 listopada" */
export function formatDayMonth(instant: Date, zone = ZONE, lang: Lang = "pl"): string {
  return format(inZone(instant, zone), "d MMMM", { locale: DATE_LOCALES[lang] });
}

export function formatTime(instant: Date, zone = ZONE): string {
  return format(inZone(instant, zone), "HH:mm");
}

export function formatTimeRange(start: Date, end: Date, zone = ZONE): string {
  return `${formatTime(start, zone)}–${formatTime(end, zone)}`;
}

/** "23 listopada 2026, 16:30" */
export function formatDateTime(instant: Date, zone = ZONE, lang: Lang = "pl"): string {
  return format(inZone(instant, zone), "d MMMM yyyy, HH:mm", { locale: DATE_LOCALES[lang] });
}

/** A calendar date stored as @db.Date (midnight UTC): "23 listopada 2026". */
export function formatCalendarDate(value: Date, lang: Lang = "pl"): string {
  return format(inZone(value, "UTC"), "d MMMM yyyy", { locale: DATE_LOCALES[lang] });
}

/** ISO date-time for <time dateTime>. */
export function isoInstant(instant: Date): string {
  return instant.toISOString();
}

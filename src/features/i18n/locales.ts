// Public pages speak Polish, Ukrainian and English; staff pages Polish. The language is the first
// path segment for uk and en (/uk/ops-bialoleka) and nothing for Polish (/ops-bialoleka).

import { PUBLIC_LOCALES } from "@/server/public-path";

export const LOCALES = PUBLIC_LOCALES;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "pl";

export const LOCALE_NAMES: Record<Locale, string> = { pl: "Polski", uk: "Українська", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The public address of a path in a language: "/ops-bialoleka" → "/uk/ops-bialoleka". */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

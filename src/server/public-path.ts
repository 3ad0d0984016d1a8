// How public addresses map onto the app. Residents see /ops-bialoleka (Polish) or /uk/ops-bialoleka,
// /en/ops-bialoleka/offer/mamy-klub; the proxy rewrites them to the internal route tree
// /l/<locale>/…, so every public page is one cacheable route per language.

/** The languages of the public side; Polish has no prefix in the address. */
export const PUBLIC_LOCALES = ["pl", "uk", "en"] as const;
/** First segments that belong to the app itself, never to a centre. */
export const APP_SEGMENTS = ["staff", "login", "invitation", "account", "api", "l", "_next", "uk", "en", "pl"];

/** Slugs a centre cannot take: the app's own segments and its public pages outside any centre. */
export const RESERVED_SLUGS = [...APP_SEGMENTS, "centres"];

export type ParsedPath = { locale: "pl" | "uk" | "en"; segments: string[] };

/**
 * The language and the rest of a path, in either form: the public /uk/ops-bialoleka or the internal
 * /l/uk/ops-bialoleka (server actions on a rewritten page are posted to the internal one).
 */
export function parsePath(pathname: string): ParsedPath {
  const segments = pathname.split("/").filter(Boolean);
  const [first, second] = segments;
  const isLocale = (s: string | undefined): s is ParsedPath["locale"] => (PUBLIC_LOCALES as readonly (string | undefined)[]).includes(s);
  if (first === "l" && isLocale(second)) return { locale: second, segments: segments.slice(2) };
  if (first === "uk" || first === "en") return { locale: first, segments: segments.slice(1) };
  return { locale: "pl", segments };
}

/** The internal path of a public address, or null for staff pages and the app's own routes. */
export function publicRewrite(pathname: string): string | null {
  if (pathname.split("/")[1] === "l") return null; // already internal
  // Files of public/ (robots.txt, favicon.ico): a centre's slug never has a dot.
  if (/^\/[^/]*\.[^/]*$/.test(pathname)) return null;
  const { locale, segments } = parsePath(pathname);
  if (segments.length && APP_SEGMENTS.includes(segments[0])) return null;
  if (segments[1] === "staff") return null;
  return `/${["l", locale, ...segments].join("/")}`;
}

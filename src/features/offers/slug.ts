// An offer's address on the public side (/ops-bialoleka/offer/klub-seniora-wrzos). Made once from
// the Polish name and never changed: calendar subscriptions, printed posters and links use it.
import type { Tx } from "@/server/db";

const MAX_LENGTH = 60;
/** Used when a name has no Latin letters or digits at all. */
const FALLBACK = "oferta";

/** "Klub Seniora „Wrzos” – Żerań" → "klub-seniora-wrzos-zeran". */
export function slugify(name: string): string {
  const ascii = name
    .toLowerCase()
    // Letters that Unicode does not decompose into a base letter and a diacritic.
    .replace(/ł/g, "l")
    .replace(/ø/g, "o")
    .replace(/đ/g, "d")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_LENGTH) return slug || FALLBACK;
  // Cut at a word boundary, so the address does not end in half a word.
  const cut = slug.slice(0, MAX_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_LENGTH)).replace(/-+$/, "");
}

/** The base itself if free, else base-2, base-3, … (the first not taken). */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A slug for a new offer, unique in the centre. A lock on (centre, base) makes two offers created
 * at once with the same name queue, so they get -2 and -3 rather than one failing.
 */
export async function uniqueOfferSlug(tx: Tx, centreId: string, name: string): Promise<string> {
  const base = slugify(name);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`offer-slug:${centreId}:${base}`}, 0))`;
  const existing = await tx.offer.findMany({ where: { centreId, slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(existing.map((o) => o.slug)));
}

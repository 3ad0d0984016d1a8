// A resident's message from the contact form of an offer page. No account and no role: the page's
// own address says which centre and offer it is about (never a form field), the offer must still
// be one residents can see, and every answer is in the language of that page.
import { parseInput, runAccountAction, type ActionResult } from "@/server/action";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { invalid, notFound } from "@/server/errors";
import { parsePath } from "@/server/public-path";
import type { Locale } from "@/features/i18n/locales";
import { visibleOffer } from "@/features/public-site/data";
import { takeContactAllowance } from "./contact-limits";
import { contactMessages } from "./messages";
import { contactInput, isFromBot } from "./schema";

/** The centre and offer of a public offer page's address (/uk/ops-bialoleka/offer/mamy-klub). */
export function contactTarget(pathname: string): { locale: Locale; centreSlug: string; offerSlug: string } {
  const { locale, segments } = parsePath(pathname);
  const [centreSlug, section, offerSlug] = segments;
  if (segments.length !== 3 || section !== "offer") return { locale, centreSlug: "", offerSlug: "" };
  return { locale, centreSlug, offerSlug };
}

export async function receiveResidentMessage(centreSlug: string, offerSlug: string, locale: Locale, raw: unknown, ip: string): Promise<ActionResult<null>> {
  const t = contactMessages(locale);
  const result = await runAccountAction(async () => {
    // A bot is thanked like a person, so it learns nothing, and nothing is stored or counted.
    if (isFromBot(raw)) return { data: null, message: t.sentTitle };
    const input = parseInput(contactInput(t), raw);
    const offer =
      centreSlug && offerSlug
        ? await db.offer.findFirst({ where: { slug: offerSlug, centre: { slug: centreSlug }, ...visibleOffer }, select: { id: true, centreId: true } })
        : null;
    if (!offer) throw notFound(t.offerGone);
    const allowance = await takeContactAllowance(ip, offer.centreId);
    if (allowance === "address") throw invalid(t.tooManyFromYou);
    if (allowance === "centre") throw invalid(t.tooManyToday);
    await db.$transaction(async (tx) => {
      const message = await tx.residentMessage.create({
        data: { centreId: offer.centreId, offerId: offer.id, body: input.message, contact: input.contact ?? null, locale },
        select: { id: true },
      });
      await writeAudit(tx, offer.centreId, null, { action: "inbox.message.receive", recordType: "ResidentMessage", recordId: message.id });
    });
    return { data: null, message: t.sentTitle };
  });
  if (result.ok) return result;
  // The shared wrapper words these two in Polish; the resident reads the page's language.
  if (result.code === "validation") return { ...result, message: t.fixErrors };
  if (result.code === "error") return { ...result, message: t.unexpected };
  return result;
}

import Link from "next/link";
import { localePath, type Locale } from "@/features/i18n/locales";
import type { Messages } from "@/features/i18n/messages";
import { describeSchedule } from "@/features/schedules/describe";
import type { PublicOffer } from "../data";
import { offerKindLabel } from "./offer-kind";
import { venueLine } from "./venue-details";

type CardOffer = Pick<PublicOffer, "slug" | "clubKind" | "programmeKind" | "name" | "audience" | "joinMode" | "schedules" | "defaultVenue">;

/** One club, group or programme in a list: what it is, for whom, when, where; links to its page. */
export function OfferCard({
  offer,
  centre,
  locale,
  t,
  headingLevel = 3,
}: {
  offer: CardOffer;
  centre: { slug: string; shortName?: string };
  locale: Locale;
  t: Messages;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const venue = offer.schedules.find((s) => s.venue)?.venue ?? offer.defaultVenue;
  return (
    <article className="border-t-4 border-slate-800 py-4">
      <p className="text-slate-700">
        {offerKindLabel(offer, t)}
        {centre.shortName ? ` · ${centre.shortName}` : ""}
      </p>
      <Heading className="text-xl font-bold">
        <Link href={localePath(locale, `/${centre.slug}/offer/${offer.slug}`)} lang={offer.name.lang} className="text-blue-800 underline">
          {offer.name.text}
        </Link>
      </Heading>
      {offer.audience.text ? (
        <p className="mt-1">
          <span className="font-semibold">{t.offer.forWhom}:</span> <span lang={offer.audience.lang}>{offer.audience.text}</span>
        </p>
      ) : null}
      {offer.schedules.length ? (
        <p className="mt-1">
          <span className="font-semibold">{t.offer.when}:</span> {offer.schedules.map((s) => describeSchedule(s, locale)).join("; ")}
        </p>
      ) : null}
      {venue ? (
        <p className="mt-1">
          <span className="font-semibold">{t.offer.where}:</span> <span lang="pl">{venueLine(venue)}</span>
        </p>
      ) : null}
      <p className="mt-1">
        <span className="font-semibold">{t.offer.howToJoin}:</span> {offer.joinMode === "OPEN" ? t.joinModes.OPEN : t.joinModes.REFERRAL}
      </p>
    </article>
  );
}

import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ArchiveOfferForm } from "@/features/offers/components/archive-offer-form";
import { IndicatorList } from "@/features/offers/components/indicator-list";
import { OfferForm } from "@/features/offers/components/offer-form";
import { TranslationForm } from "@/features/offers/components/translation-form";
import { getOfferForEdit, programmeChoices } from "@/features/offers/data";
import { savedOfferValues } from "@/features/offers/form-values";
import { offerKindLabel } from "@/features/offers/labels";
import { offersPolicy } from "@/features/offers/policy";
import { OfferSchedules } from "@/features/schedules/components/offer-schedules";
import { venueChoices } from "@/features/venues/data";
import { requireCentre } from "@/server/page-guard";

type Props = { params: Promise<{ centre: string; offerId: string }>; searchParams: Promise<{ dodano?: string }> };

// The title and the page ask for the same offer in one request.
const loadOffer = cache(async (slug: string, offerId: string) => {
  const centre = await requireCentre(slug, offersPolicy.view);
  return { centre, offer: await getOfferForEdit(centre, offerId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { centre, offerId } = await params;
  return { title: (await loadOffer(centre, offerId)).offer?.name ?? "Oferta" };
}

const LANGUAGES = [
  { locale: "uk", name: "ukraiński", heading: "Po ukraińsku" },
  { locale: "en", name: "angielski", heading: "Po angielsku" },
] as const;

export default async function OfferPage({ params, searchParams }: Props) {
  const { centre: slug, offerId } = await params;
  const { centre, offer } = await loadOffer(slug, offerId);
  if (!offer) notFound();
  const [venues, programmes] = await Promise.all([
    venueChoices(centre, offer.defaultVenueId),
    offer.type === "PROGRAMME" ? [] : programmeChoices(centre, offer.parentId),
  ]);
  const archivedLabel = (a: Date | null) => (a ? " (zarchiwizowane)" : "");
  const texts = (t: { name: string; audience: string | null; description: string | null; howToJoin: string | null } | undefined) => ({
    name: t?.name ?? "",
    audience: t?.audience ?? "",
    description: t?.description ?? "",
    howToJoin: t?.howToJoin ?? "",
  });
  const publicPath = `/${centre.slug}/offer/${offer.slug}`;
  return (
    <>
      <BackLink href={`/${centre.slug}/staff/offers`}>Wszystkie oferty</BackLink>
      <PageHeader title={offer.name} caption={offerKindLabel(offer)}>
        {offer.archivedAt ? null : offer.isPublic ? (
          <p>
            Na stronie publicznej:{" "}
            <Link href={publicPath} className="text-blue-800 underline">
              {publicPath}
            </Link>
          </p>
        ) : (
          <p>Widoczna tylko dla zespołu.</p>
        )}
      </PageHeader>
      {(await searchParams).dodano === "1" ? (
        <Notice tone="success" title="Oferta została dodana.">
          Teraz możesz dodać tłumaczenia{offer.type === "PROGRAMME" ? ", wskaźniki" : ""} i harmonogram spotkań.
        </Notice>
      ) : null}
      {offer.archivedAt ? (
        <Notice tone="warning" title={`Zarchiwizowana ${formatDateTime(offer.archivedAt, centre.timeZone)}`}>
          Mieszkańcy jej nie widzą. Możesz ją przywrócić na dole strony.
        </Notice>
      ) : null}

      <section aria-labelledby="details" className="mb-12 max-w-3xl">
        <h2 id="details" className="mb-6 text-2xl font-bold">
          Szczegóły
        </h2>
        <OfferForm
          type={offer.type}
          offerId={offer.id}
          initial={savedOfferValues(offer)}
          venues={venues.map((v) => ({ value: v.id, label: `${v.name}, ${v.street}${archivedLabel(v.archivedAt)}` }))}
          programmes={programmes.map((p) => ({ value: p.id, label: `${p.name}${archivedLabel(p.archivedAt)}` }))}
          headingLevel={3}
        />
      </section>

      <section aria-labelledby="translations" className="mb-12 max-w-3xl">
        <h2 id="translations" className="text-2xl font-bold">
          Tłumaczenia
        </h2>
        <p className="mb-6 mt-2">Dla mieszkańców, którzy czytają stronę po ukraińsku lub angielsku. Pole pozostawione puste pokaże tekst po polsku.</p>
        {LANGUAGES.map((l) => (
          <div key={l.locale}>
            <h3 className="mb-4 text-xl font-bold">{l.heading}</h3>
            <TranslationForm
              offerId={offer.id}
              locale={l.locale}
              languageName={l.name}
              saved={texts(offer.translations.find((t) => t.locale === l.locale))}
              polish={texts(offer)}
            />
          </div>
        ))}
      </section>

      {offer.type === "PROGRAMME" ? <IndicatorList offerId={offer.id} indicators={offer.indicators} /> : null}

      <section aria-labelledby="archive" className="mb-12 max-w-3xl">
        <h2 id="archive" className="mb-4 text-2xl font-bold">
          {offer.archivedAt ? "Przywrócenie" : "Archiwizacja"}
        </h2>
        <p className="mb-4">
          {offer.archivedAt
            ? "Przywrócona oferta wróci na listę aktualnych i, jeśli jest publiczna, na stronę ośrodka."
            : "Gdy oferta się skończyła, zarchiwizuj ją: zniknie ze strony publicznej i z kalendarzy, a jej historia zostanie."}
        </p>
        <ArchiveOfferForm offerId={offer.id} name={offer.name} archived={Boolean(offer.archivedAt)} />
      </section>

      <OfferSchedules centre={centre} offerId={offer.id} />
    </>
  );
}

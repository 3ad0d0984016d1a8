import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { OfferForm } from "@/features/offers/components/offer-form";
import { OfferTypeChoice } from "@/features/offers/components/offer-type-choice";
import { programmeChoices } from "@/features/offers/data";
import { emptyOfferValues } from "@/features/offers/form-values";
import { OFFER_TYPE_LABELS, offerTypeFromSlug } from "@/features/offers/labels";
import { offersPolicy } from "@/features/offers/policy";
import { venueChoices } from "@/features/venues/data";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Nowa oferta" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<{ rodzaj?: string; wybor?: string }> };

export default async function NewOfferPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, offersPolicy.create);
  const { rodzaj, wybor } = await searchParams;
  const type = offerTypeFromSlug(rodzaj);
  const back = <BackLink href={type ? `/${centre.slug}/staff/offers/new` : `/${centre.slug}/staff/offers`}>Wstecz</BackLink>;
  if (!type) {
    return (
      <>
        {back}
        <PageHeader title="Dodaj do oferty" caption={centre.name} />
        <OfferTypeChoice missing={wybor === "1"} />
      </>
    );
  }
  const [venues, programmes] = await Promise.all([venueChoices(centre), type === "PROGRAMME" ? [] : programmeChoices(centre)]);
  return (
    <>
      {back}
      <PageHeader title={OFFER_TYPE_LABELS[type].newTitle} caption={centre.name}>
        <p>Tłumaczenia, wskaźniki i harmonogram dodasz po zapisaniu.</p>
      </PageHeader>
      <div className="max-w-3xl">
        <OfferForm
          type={type}
          initial={emptyOfferValues(type)}
          venues={venues.map((v) => ({ value: v.id, label: `${v.name}, ${v.street}` }))}
          programmes={programmes.map((p) => ({ value: p.id, label: p.name }))}
        />
      </div>
    </>
  );
}

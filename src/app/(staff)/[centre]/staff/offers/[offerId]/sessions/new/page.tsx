import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { AddSessionForm } from "@/features/schedules/components/add-session-form";
import { schedulesPolicy } from "@/features/schedules/policy";
import { getScheduledOffer, venueOptions } from "@/features/schedules/staff-data";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Dodatkowy termin" };

type Props = { params: Promise<{ centre: string; offerId: string }> };

export default async function NewSessionPage({ params }: Props) {
  const { centre: slug, offerId } = await params;
  const centre = await requireCentre(slug, schedulesPolicy.manageSessions);
  const offer = await getScheduledOffer(centre, offerId);
  if (!offer) notFound();
  const venues = await venueOptions(centre);
  const back = `/${centre.slug}/staff/offers/${offer.id}`;
  const venueId = venues.some((v) => v.value === offer.defaultVenueId) ? (offer.defaultVenueId ?? "") : "";
  return (
    <>
      <BackLink href={back}>Wróć do oferty</BackLink>
      <PageHeader title="Dodatkowy termin" caption={offer.name}>
        <p>Spotkanie poza harmonogramem, np. warsztat ze specjalistą albo termin grupy, która spotyka się nieregularnie.</p>
      </PageHeader>
      {offer.archivedAt ? (
        <Notice tone="warning" title="Ta oferta jest w archiwum">
          Przywróć ją na stronie oferty, zanim zaplanujesz spotkania.
        </Notice>
      ) : (
        <AddSessionForm offerId={offer.id} venues={venues} defaultVenueId={venueId} backHref={back} />
      )}
    </>
  );
}

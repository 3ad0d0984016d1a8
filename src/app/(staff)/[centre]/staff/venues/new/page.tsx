import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EMPTY_VENUE, VenueForm } from "@/features/venues/components/venue-form";
import { venuesPolicy } from "@/features/venues/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Nowe miejsce" };

export default async function NewVenuePage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, venuesPolicy.create);
  return (
    <>
      <BackLink href={`/${centre.slug}/staff/venues`}>Wstecz</BackLink>
      <PageHeader title="Nowe miejsce" caption={centre.name} />
      <VenueForm initial={EMPTY_VENUE} />
    </>
  );
}

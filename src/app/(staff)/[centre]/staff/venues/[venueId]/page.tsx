import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ArchiveVenueForm } from "@/features/venues/components/archive-venue-form";
import { VenueForm } from "@/features/venues/components/venue-form";
import { getVenue } from "@/features/venues/data";
import { venuesPolicy } from "@/features/venues/policy";
import { requireCentre } from "@/server/page-guard";

type Props = { params: Promise<{ centre: string; venueId: string }>; searchParams: Promise<{ dodano?: string }> };

// The title and the page ask for the same venue in one request.
const loadVenue = cache(async (slug: string, venueId: string) => {
  const centre = await requireCentre(slug, venuesPolicy.view);
  return { centre, venue: await getVenue(centre, venueId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { centre, venueId } = await params;
  return { title: (await loadVenue(centre, venueId)).venue?.name ?? "Miejsce" };
}

export default async function VenuePage({ params, searchParams }: Props) {
  const { centre: slug, venueId } = await params;
  const { centre, venue } = await loadVenue(slug, venueId);
  if (!venue) notFound();
  return (
    <>
      <BackLink href={`/${centre.slug}/staff/venues`}>Wszystkie miejsca</BackLink>
      <PageHeader title={venue.name} caption="Miejsce" />
      {(await searchParams).dodano === "1" ? <Notice tone="success" title="Miejsce zostało dodane." /> : null}
      {venue.archivedAt ? (
        <Notice tone="warning" title={`Zarchiwizowane ${formatDateTime(venue.archivedAt, centre.timeZone)}`}>
          Nie można go wybrać dla nowych zajęć. Możesz je przywrócić na dole strony.
        </Notice>
      ) : null}
      <section aria-labelledby="details" className="mb-12">
        <h2 id="details" className="mb-6 text-2xl font-bold">
          Adres i dostępność
        </h2>
        <VenueForm
          venueId={venue.id}
          initial={{
            name: venue.name,
            street: venue.street,
            postalCode: venue.postalCode ?? "",
            city: venue.city,
            district: venue.district ?? "",
            stepFreeEntrance: venue.stepFreeEntrance,
            lift: venue.lift,
            accessibleToilet: venue.accessibleToilet,
            accessibilityNotes: venue.accessibilityNotes ?? "",
          }}
        />
      </section>
      <section aria-labelledby="archive" className="mb-12 max-w-3xl">
        <h2 id="archive" className="mb-4 text-2xl font-bold">
          {venue.archivedAt ? "Przywrócenie" : "Archiwizacja"}
        </h2>
        <p className="mb-4">
          {venue.archivedAt
            ? "Przywrócone miejsce znów będzie można wybrać dla zajęć."
            : "Gdy ośrodek przestał korzystać z tego miejsca, zarchiwizuj je. Najpierw przenieś zajęcia, które się tu odbywają."}
        </p>
        <ArchiveVenueForm venueId={venue.id} archived={Boolean(venue.archivedAt)} />
      </section>
    </>
  );
}

import { ActionLink, ArchiveTabs } from "@/components/ui/links";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { VenueTable } from "@/features/venues/components/venue-table";
import { listVenues } from "@/features/venues/data";
import { venuesPolicy } from "@/features/venues/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Miejsca" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<{ archiwum?: string }> };

export default async function VenuesPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, venuesPolicy.view);
  const archived = (await searchParams).archiwum === "1";
  const venues = await listVenues(centre, { archived });
  const base = `/${centre.slug}/staff/venues`;
  return (
    <>
      <PageHeader title={archived ? "Miejsca w archiwum" : "Miejsca"} caption={centre.name}>
        <p>Gdzie odbywają się zajęcia: adres i dostępność, które mieszkańcy widzą przy każdym spotkaniu.</p>
      </PageHeader>
      <ActionLink href={`${base}/new`}>Dodaj miejsce</ActionLink>
      <ArchiveTabs base={base} archived={archived} />
      <VenueTable venues={venues} basePath={base} />
    </>
  );
}

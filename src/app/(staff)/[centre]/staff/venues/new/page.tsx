import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EMPTY_VENUE, VenueForm } from "@/features/venues/components/venue-form";
import { venuesPolicy } from "@/features/venues/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Nowe miejsce" };

export default async function NewVenuePage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, venuesPolicy.create);
  return (
    <>
      <p className="mb-6">
        <Link href={`/${centre.slug}/staff/venues`} className="text-blue-800 underline">
          Wstecz
        </Link>
      </p>
      <PageHeader title="Nowe miejsce" caption={centre.name} />
      <VenueForm initial={EMPTY_VENUE} />
    </>
  );
}

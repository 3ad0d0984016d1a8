import type { Metadata } from "next";
import Link from "next/link";
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
  const tab = "rounded px-3 py-1 font-semibold underline aria-[current=page]:bg-slate-900 aria-[current=page]:text-white aria-[current=page]:no-underline";
  return (
    <>
      <PageHeader title={archived ? "Miejsca w archiwum" : "Miejsca"} caption={centre.name}>
        <p>Gdzie odbywają się zajęcia: adres i dostępność, które mieszkańcy widzą przy każdym spotkaniu.</p>
      </PageHeader>
      <p className="mb-8">
        <Link href={`${base}/new`} className="inline-block rounded bg-green-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900">
          Dodaj miejsce
        </Link>
      </p>
      <nav aria-label="Aktualne czy archiwalne" className="mb-6">
        <ul className="flex gap-4">
          <li>
            <Link href={base} aria-current={archived ? undefined : "page"} className={tab}>
              Aktualne
            </Link>
          </li>
          <li>
            <Link href={`${base}?archiwum=1`} aria-current={archived ? "page" : undefined} className={tab}>
              Zarchiwizowane
            </Link>
          </li>
        </ul>
      </nav>
      <VenueTable venues={venues} basePath={base} />
    </>
  );
}

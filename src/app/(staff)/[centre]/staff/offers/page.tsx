import { ActionLink, ArchiveTabs } from "@/components/ui/links";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { OfferTable } from "@/features/offers/components/offer-table";
import { listOffers } from "@/features/offers/data";
import { offersPolicy } from "@/features/offers/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Oferta" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<{ archiwum?: string; q?: string }> };

const TYPES = ["CLUB", "GROUP", "PROGRAMME"] as const;

export default async function OffersPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, offersPolicy.view);
  const { archiwum, q = "" } = await searchParams;
  const archived = archiwum === "1";
  const offers = await listOffers(centre, { archived, q: q.slice(0, 200) });
  const base = `/${centre.slug}/staff/offers`;
  return (
    <>
      <PageHeader title={archived ? "Oferta w archiwum" : "Oferta ośrodka"} caption={centre.name}>
        <p>Kluby, grupy wsparcia i programy. To, co jest publiczne, widzą mieszkańcy na stronie ośrodka.</p>
      </PageHeader>
      <ActionLink href={`${base}/new`}>Dodaj klub, grupę lub program</ActionLink>
      <ArchiveTabs base={base} archived={archived} />
      <form method="get" role="search" className="mb-10 flex flex-wrap items-end gap-3">
        {archived ? <input type="hidden" name="archiwum" value="1" /> : null}
        <div>
          <label htmlFor="offer-search" className="block font-semibold">
            Szukaj w ofercie
          </label>
          <input id="offer-search" name="q" type="search" defaultValue={q} className="mt-1 rounded border-2 border-slate-700 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300">
          Szukaj
        </button>
        {q ? (
          <Link href={archived ? `${base}?archiwum=1` : base} className="py-2 text-blue-800 underline">
            Wyczyść
          </Link>
        ) : null}
      </form>
      {TYPES.map((type) => (
        <OfferTable key={type} type={type} offers={offers.filter((o) => o.type === type)} basePath={base} />
      ))}
    </>
  );
}

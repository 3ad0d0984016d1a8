import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { VolunteerList } from "@/features/volunteers/components/volunteer-list";
import { VolunteerSearch } from "@/features/volunteers/components/volunteer-search";
import { listVolunteers, volunteerStrands } from "@/features/volunteers/data";
import { volunteersPolicy } from "@/features/volunteers/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Wolontariusze" };

type Props = {
  params: Promise<{ centre: string }>;
  searchParams: Promise<Record<"q" | "nurt" | "archiwum", string | string[] | undefined>>;
};

/** A query parameter given twice (?q=a&q=b) counts once. */
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function VolunteersPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, volunteersPolicy.view);
  const sp = await searchParams;
  const q = one(sp.q).slice(0, 200);
  const strand = one(sp.nurt).slice(0, 60);
  const archived = one(sp.archiwum) === "1";
  const [volunteers, strands] = await Promise.all([listVolunteers(centre, { q, strand, archived }), volunteerStrands(centre)]);
  const base = `/${centre.slug}/staff/volunteers`;
  const tab = "rounded px-3 py-1 font-semibold underline aria-[current=page]:bg-slate-900 aria-[current=page]:text-white aria-[current=page]:no-underline";
  const title = archived ? "Wolontariusze w archiwum" : "Wolontariusze";
  return (
    <>
      <PageHeader title={title} caption={centre.name}>
        <p>Rejestr wolontariuszy ośrodka: dane kontaktowe, porozumienia i sprawdzenia potrzebne do pracy z dziećmi.</p>
      </PageHeader>
      <ul className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-3">
        <li>
          <Link
            href={`${base}/new`}
            className="inline-block rounded bg-green-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900"
          >
            Dodaj wolontariusza
          </Link>
        </li>
        <li>
          <Link href={`${base}/agreements`} className="font-semibold text-blue-800 underline">
            Porozumienia do przedłużenia
          </Link>
        </li>
      </ul>
      <nav aria-label="Aktualni czy w archiwum" className="mb-6">
        <ul className="flex gap-4">
          <li>
            <Link href={base} aria-current={archived ? undefined : "page"} className={tab}>
              Aktualni
            </Link>
          </li>
          <li>
            <Link href={`${base}?archiwum=1`} aria-current={archived ? "page" : undefined} className={tab}>
              W archiwum
            </Link>
          </li>
        </ul>
      </nav>
      <VolunteerSearch q={q} strand={strand} strands={strands} archived={archived} clearHref={archived ? `${base}?archiwum=1` : base} />
      <h2 className="mb-4 text-2xl font-bold">{volunteers.length === 0 ? "Brak wyników" : `Znaleziono: ${volunteers.length}`}</h2>
      <VolunteerList volunteers={volunteers} basePath={base} />
    </>
  );
}

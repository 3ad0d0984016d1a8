import type { Metadata } from "next";
import Link from "next/link";
import { formatCalendarDate } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { expiringAgreements } from "@/features/volunteers/data";
import { EXPIRY_WINDOW_DAYS } from "@/features/volunteers/labels";
import { volunteersPolicy } from "@/features/volunteers/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Porozumienia do przedłużenia" };

type Item = Awaited<ReturnType<typeof expiringAgreements>>["soon"][number];

function AgreementList({ items, base, empty }: { items: Item[]; base: string; empty: string }) {
  if (!items.length) return <p>{empty}</p>;
  return (
    <ul className="divide-y divide-slate-300 border-y border-slate-300">
      {items.map((a) => (
        <li key={a.id} className="py-3">
          <Link href={`${base}/${a.volunteerId}`} className="text-lg font-semibold text-blue-800 underline">
            {a.volunteer.lastName} {a.volunteer.firstName}
          </Link>
          <p>
            Do {formatCalendarDate(a.endsOn)}
            {a.volunteer.strand ? ` · nurt: ${a.volunteer.strand}` : ""} · zakres: {a.scope}
          </p>
          <p className="mt-1">
            <Link href={`${base}/${a.volunteerId}/agreements/${a.id}/renew`} className="font-semibold text-blue-800 underline">
              Przedłuż porozumienie: {a.volunteer.firstName} {a.volunteer.lastName}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function ExpiringAgreementsPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, volunteersPolicy.view);
  const { soon, expired } = await expiringAgreements(centre);
  const base = `/${centre.slug}/staff/volunteers`;
  return (
    <>
      <p className="mb-6">
        <Link href={base} className="text-blue-800 underline">
          Wszyscy wolontariusze
        </Link>
      </p>
      <PageHeader title="Porozumienia do przedłużenia" caption={centre.name}>
        <p>Porozumienia aktualnych wolontariuszy, które wygasają w ciągu {EXPIRY_WINDOW_DAYS} dni albo już wygasły i nie zostały przedłużone.</p>
      </PageHeader>
      <section aria-labelledby="soon" className="mb-12 max-w-3xl">
        <h2 id="soon" className="mb-4 text-2xl font-bold">
          Wygasają w ciągu {EXPIRY_WINDOW_DAYS} dni ({soon.length})
        </h2>
        <AgreementList items={soon} base={base} empty="Żadne porozumienie nie wygasa w najbliższym czasie." />
      </section>
      <section aria-labelledby="expired" className="mb-12 max-w-3xl">
        <h2 id="expired" className="mb-4 text-2xl font-bold">
          Wygasły bez przedłużenia ({expired.length})
        </h2>
        <AgreementList items={expired} base={base} empty="Brak wygasłych porozumień." />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { AgreementForm } from "@/features/volunteers/components/agreement-form";
import { getVolunteer } from "@/features/volunteers/data";
import { volunteersPolicy } from "@/features/volunteers/policy";
import { requireCentre } from "@/server/page-guard";
import { localDate } from "@/server/time";

export const metadata: Metadata = { title: "Porozumienia wolontariackie" };

const SAVED: Record<string, string> = { porozumienie: "Porozumienie zostało zapisane.", przedluzono: "Porozumienie zostało przedłużone." };

type Props = { params: Promise<{ centre: string; volunteerId: string }>; searchParams: Promise<{ zapisano?: string }> };

export default async function VolunteerAgreementsPage({ params, searchParams }: Props) {
  const { centre: slug, volunteerId } = await params;
  const centre = await requireCentre(slug, volunteersPolicy.manage);
  const v = await getVolunteer(centre, volunteerId);
  if (!v) notFound();
  const here = `/${centre.slug}/staff/volunteers/${v.id}`;
  const today = localDate(new Date(), centre.timeZone);
  const saved = SAVED[(await searchParams).zapisano ?? ""];
  return (
    <>
      <p className="mb-6">
        <Link href={here} className="text-blue-800 underline">
          Wróć do strony wolontariusza
        </Link>
      </p>
      <PageHeader title="Porozumienia wolontariackie" caption={`${v.firstName} ${v.lastName}`}>
        <p>Porozumienie jest wymagane, gdy wolontariat trwa dłużej niż 30 dni.</p>
      </PageHeader>
      {saved ? <Notice tone="success" live title={saved} /> : null}

      <section aria-labelledby="list" className="mb-12 max-w-3xl">
        <h2 id="list" className="mb-4 text-2xl font-bold">
          Zawarte porozumienia
        </h2>
        {v.agreements.length === 0 ? (
          <p>Ten wolontariusz nie ma jeszcze porozumienia.</p>
        ) : (
          <ul className="divide-y divide-slate-300 border-y border-slate-300">
            {v.agreements.map((a) => (
              <li key={a.id} className="py-3">
                <p className="font-semibold">
                  Od {formatCalendarDate(a.startsOn)} do {formatCalendarDate(a.endsOn)}
                </p>
                <p>
                  Podpisane {formatCalendarDate(a.signedOn)}. Zakres: {a.scope}
                </p>
                {a.renewsId ? <p className="text-slate-700">Przedłużenie wcześniejszego porozumienia.</p> : null}
                {a.renewals.length ? (
                  <p className="text-slate-700">Przedłużone.</p>
                ) : v.archivedAt ? null : (
                  <p className="mt-1">
                    <Link href={`${here}/agreements/${a.id}/renew`} className="font-semibold text-blue-800 underline">
                      Przedłuż porozumienie (obecne do {formatCalendarDate(a.endsOn)})
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {v.archivedAt ? (
        <Notice tone="warning" title="Wolontariusz jest w archiwum">
          Przywróć go na jego stronie, zanim zawrzesz nowe porozumienie.
        </Notice>
      ) : (
        <section aria-labelledby="new" className="mb-12">
          <h2 id="new" className="mb-4 text-2xl font-bold">
            Nowe porozumienie
          </h2>
          <AgreementForm volunteerId={v.id} initial={{ signedOn: today, scope: "", startsOn: today, endsOn: "" }} />
        </section>
      )}
    </>
  );
}

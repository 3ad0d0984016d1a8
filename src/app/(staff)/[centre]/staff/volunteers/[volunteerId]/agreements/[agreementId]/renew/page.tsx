import type { Metadata } from "next";
import Link from "next/link";
import { addYears, format, parseISO, subDays } from "date-fns";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { AgreementForm } from "@/features/volunteers/components/agreement-form";
import { getAgreement } from "@/features/volunteers/data";
import { dayAfter } from "@/features/volunteers/age";
import { volunteersPolicy } from "@/features/volunteers/policy";
import { requireCentre } from "@/server/page-guard";
import { localDate } from "@/server/time";

export const metadata: Metadata = { title: "Przedłużenie porozumienia" };

export default async function RenewAgreementPage({ params }: { params: Promise<{ centre: string; volunteerId: string; agreementId: string }> }) {
  const { centre: slug, volunteerId, agreementId } = await params;
  const centre = await requireCentre(slug, volunteersPolicy.manage);
  const a = await getAgreement(centre, agreementId);
  if (!a || a.volunteer.id !== volunteerId) notFound();
  const back = `/${centre.slug}/staff/volunteers/${a.volunteer.id}/agreements`;
  const starts = dayAfter(a.endsOn);
  // A year by default: to the day before the same date next year.
  const ends = format(subDays(addYears(parseISO(starts), 1), 1), "yyyy-MM-dd");
  return (
    <>
      <p className="mb-6">
        <Link href={back} className="text-blue-800 underline">
          Wróć do porozumień
        </Link>
      </p>
      <PageHeader title="Przedłużenie porozumienia" caption={`${a.volunteer.firstName} ${a.volunteer.lastName}`}>
        <p>
          Obecne porozumienie trwa od {formatCalendarDate(a.startsOn)} do {formatCalendarDate(a.endsOn)}. Nowe zaczyna się po jego końcu.
        </p>
      </PageHeader>
      {a.renewals.length ? (
        <Notice tone="info" title="To porozumienie zostało już przedłużone." />
      ) : a.volunteer.archivedAt ? (
        <Notice tone="warning" title="Wolontariusz jest w archiwum">
          Przywróć go na jego stronie, zanim przedłużysz porozumienie.
        </Notice>
      ) : (
        <AgreementForm
          renewsId={a.id}
          initial={{ signedOn: localDate(new Date(), centre.timeZone), scope: a.scope, startsOn: starts, endsOn: ends }}
          startHint={`Najwcześniej ${formatCalendarDate(parseISO(`${starts}T00:00:00Z`))}.`}
        />
      )}
    </>
  );
}

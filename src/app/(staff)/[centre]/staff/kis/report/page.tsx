// The yearly report of the centre's KIS (art. 18a ust. 6, due to the voivode by 31 March) with the
// ministry's statistics, for a chosen year; the same tables as PDF and CSV.
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ReportTableView } from "@/features/kis-reports/components/report-table";
import { YearForm } from "@/features/kis-reports/components/year-form";
import { kisReportsPolicy } from "@/features/kis-reports/policy";
import { FIRST_REPORT_YEAR, parseReportYear } from "@/features/kis-reports/year";
import { reportForPage } from "@/features/kis-reports/export";
import { reportTables, reportTitle } from "@/features/kis-reports/yearly-tables";
import { requireCentre } from "@/server/page-guard";
import { localDate } from "@/server/time";

export const metadata: Metadata = { title: "Sprawozdanie roczne KIS" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<{ rok?: string | string[] }> };

export default async function KisReportPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, kisReportsPolicy.report);
  const thisYear = Number(localDate(new Date(), centre.timeZone).slice(0, 4));
  const year = parseReportYear((await searchParams).rok, thisYear);
  // Audited (kis.report.view): the page shows the art. 1 group counts.
  const report = await reportForPage(centre, year);
  const base = `/${centre.slug}/staff/kis/report`;
  const years = Array.from({ length: Math.min(thisYear - FIRST_REPORT_YEAR + 1, 12) }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.unshift(year);
  return (
    <>
      <p className="mb-4">
        <Link href={`/${centre.slug}/staff/kis`} className="text-blue-800 underline">
          Wszystkie edycje KIS
        </Link>
      </p>
      <PageHeader title={reportTitle(year)} caption={centre.name}>
        <p>
          Informacja dla wojewody (art. 18a ust. 6 ustawy o zatrudnieniu socjalnym, do 31 marca za rok poprzedni) i dane do statystyki KIS ministerstwa,
          policzone z zapisów w systemie. Grupy z art. 1 ust. 2 są tu wyłącznie liczbami.
        </p>
      </PageHeader>
      <YearForm year={year} years={years} />
      <ul className="mb-10 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          {/* Route handlers, not pages: plain links, so the browser downloads the file. */}
          <a href={`${base}/pdf?rok=${year}`} className="font-semibold text-blue-800 underline">
            Pobierz sprawozdanie {year} (PDF)
          </a>
        </li>
        <li>
          <a href={`${base}/csv?rok=${year}`} className="font-semibold text-blue-800 underline">
            Pobierz dane {year} do arkusza (CSV)
          </a>
        </li>
      </ul>
      {reportTables(report).map((t) => (
        <ReportTableView key={t.id} table={t} />
      ))}
    </>
  );
}

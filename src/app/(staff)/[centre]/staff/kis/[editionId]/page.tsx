// The edition's summary ("Podsumowanie"): places taken of capacity, referrals and the waitlist,
// attendance over time and outcomes, as charts with their numbers in tables beside them.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardView } from "@/features/kis-reports/components/dashboard-view";
import { editionDashboard } from "@/features/kis-reports/dashboard-data";
import { kisReportsPolicy } from "@/features/kis-reports/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Podsumowanie edycji KIS" };

export default async function EditionSummaryPage({ params }: { params: Promise<{ centre: string; editionId: string }> }) {
  const { centre: slug, editionId } = await params;
  const centre = await requireCentre(slug, kisReportsPolicy.dashboard);
  const dashboard = await editionDashboard(centre, editionId);
  if (!dashboard) notFound();
  return (
    <>
      <PageHeader title="Podsumowanie edycji" />
      <DashboardView d={dashboard} />
    </>
  );
}

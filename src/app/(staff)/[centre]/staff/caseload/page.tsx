import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { myCaseload } from "@/features/contracts/caseload";
import { CaseloadLists } from "@/features/contracts/components/caseload-lists";
import { contractsPolicy } from "@/features/contracts/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Moje sprawy" };

export default async function CaseloadPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, contractsPolicy.view);
  const caseload = await myCaseload(centre);
  return (
    <>
      <PageHeader title="Moje sprawy" caption={centre.name}>
        <p>Twoi klienci i to, czego ich kontrakty socjalne wymagają w najbliższym czasie.</p>
      </PageHeader>
      <CaseloadLists caseload={caseload} base={`/${centre.slug}/staff`} />
    </>
  );
}

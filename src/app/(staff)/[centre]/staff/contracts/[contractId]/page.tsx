import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ContractHistory } from "@/features/contracts/components/contract-history";
import { ContractSummary } from "@/features/contracts/components/contract-summary";
import { ContractView } from "@/features/contracts/components/contract-view";
import { DoneNotice } from "@/features/contracts/components/done-notice";
import { DraftSections } from "@/features/contracts/components/draft-sections";
import { getContract, socialWorkerChoices } from "@/features/contracts/data";
import { contractNumber } from "@/features/contracts/labels";
import { today } from "@/features/contracts/period";
import { contractsPolicy } from "@/features/contracts/policy";
import { ContractReferrals } from "@/features/referrals/components/contract-referrals";
import { ROLE_LABELS } from "@/server/roles";
import { requireCentre } from "@/server/page-guard";

type Props = { params: Promise<{ centre: string; contractId: string }>; searchParams: Promise<{ zapisano?: string }> };

// The title and the page ask for the same contract in one request.
const loadContract = cache(async (slug: string, contractId: string) => {
  const centre = await requireCentre(slug, contractsPolicy.view);
  return { centre, contract: await getContract(centre, contractId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { centre, contractId } = await params;
  const { contract } = await loadContract(centre, contractId);
  return { title: contract ? `Kontrakt socjalny nr ${contractNumber(contract)}` : "Kontrakt socjalny" };
}

const button = "inline-block rounded px-4 py-2 font-semibold shadow-[0_2px_0_#0b0c0c]";

export default async function ContractPage({ params, searchParams }: Props) {
  const { centre: slug, contractId } = await params;
  const { centre, contract } = await loadContract(slug, contractId);
  if (!contract) notFound();
  const here = `/${centre.slug}/staff/contracts/${contract.id}`;
  const client = contract.participant;
  const day = today(centre.timeZone);
  const workers = contract.status === "DRAFT" ? await socialWorkerChoices(centre, contract.socialWorkerId) : [];
  return (
    <>
      <BackLink href={`/${centre.slug}/staff/clients/${client.id}`}>
        Kartoteka klienta: {client.firstName} {client.lastName}
      </BackLink>
      <PageHeader title={`Kontrakt socjalny nr ${contractNumber(contract)}`} caption={`${client.firstName} ${client.lastName}`} />
      <DoneNotice which={(await searchParams).zapisano} />
      <ContractSummary contract={contract} />
      <ul className="mb-10 flex flex-wrap gap-4">
        <li>
          {/* A file, not a page: a plain link, opened by the browser's PDF viewer. */}
          <a href={`${here}/pdf`} className={`${button} bg-slate-200 text-slate-900 hover:bg-slate-300`}>
            {contract.status === "DRAFT" ? "Wydrukuj do podpisu (PDF)" : "Kontrakt w PDF"}
          </a>
        </li>
        {contract.status === "ACTIVE" ? (
          <>
            <li>
              <Link href={`${here}/evaluate`} className={`${button} bg-green-800 text-white hover:bg-green-900`}>
                Oceń realizację
              </Link>
            </li>
            <li>
              <Link href={`${here}/amend`} className={`${button} bg-slate-200 text-slate-900 hover:bg-slate-300`}>
                Sporządź aneks
              </Link>
            </li>
            <li>
              <Link href={`${here}/close`} className={`${button} bg-slate-200 text-slate-900 hover:bg-slate-300`}>
                Zakończ kontrakt
              </Link>
            </li>
          </>
        ) : null}
      </ul>
      {contract.status === "DRAFT" ? (
        <DraftSections
          contract={contract}
          socialWorkers={workers.map((w) => ({ value: w.userId, label: `${w.name} (${ROLE_LABELS[w.role].toLowerCase()})` }))}
          reloadHref={here}
          today={day}
        />
      ) : (
        <>
          <ContractView contract={contract} centreName={centre.name} today={day} />
          <ContractHistory contract={contract} />
        </>
      )}
      <ContractReferrals centre={centre} contractId={contract.id} />
    </>
  );
}

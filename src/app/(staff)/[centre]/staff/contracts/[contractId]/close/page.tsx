import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { CompleteForm, TerminateForm } from "@/features/contracts/components/close-forms";
import { NotActive } from "@/features/contracts/components/not-active";
import { getContract } from "@/features/contracts/data";
import { contractNumber } from "@/features/contracts/labels";
import { today } from "@/features/contracts/period";
import { contractsPolicy } from "@/features/contracts/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Zakończenie kontraktu" };

type Props = { params: Promise<{ centre: string; contractId: string }>; searchParams: Promise<{ sposob?: string }> };

const choice = "block rounded border-2 border-slate-700 p-4 hover:bg-slate-50";

export default async function CloseContractPage({ params, searchParams }: Props) {
  const { centre: slug, contractId } = await params;
  const centre = await requireCentre(slug, contractsPolicy.close);
  const contract = await getContract(centre, contractId);
  if (!contract) notFound();
  const back = `/${centre.slug}/staff/contracts/${contract.id}`;
  const here = `${back}/close`;
  const client = contract.participant;
  // One question per step: first how it ended, then the form for that.
  const how = (await searchParams).sposob;
  const props = {
    contractId: contract.id,
    version: contract.version,
    today: today(centre.timeZone),
    closedOnHint: `Nie wcześniej niż podpisanie kontraktu (${formatCalendarDate(contract.signedOn ?? contract.periodStart)}) i nie później niż dziś.`,
  };
  return (
    <>
      <BackLink href={how ? here : back}>{how ? "Wstecz" : "Wróć do kontraktu"}</BackLink>
      <PageHeader title="Zakończenie kontraktu" caption={`Kontrakt nr ${contractNumber(contract)} · ${client.firstName} ${client.lastName}`} />
      {contract.status !== "ACTIVE" ? (
        <NotActive status={contract.status} contractPath={back} />
      ) : how === "zrealizowany" ? (
        <CompleteForm {...props} reloadHref={`${here}?sposob=zrealizowany`} />
      ) : how === "rozwiazany" ? (
        <TerminateForm {...props} reloadHref={`${here}?sposob=rozwiazany`} />
      ) : (
        <nav aria-labelledby="how" className="max-w-2xl">
          <h2 id="how" className="mb-4 text-2xl font-bold">
            Jak kończy się kontrakt?
          </h2>
          <ul className="space-y-4">
            <li>
              <Link href={`${here}?sposob=zrealizowany`} className={choice}>
                <span className="block font-semibold text-blue-800 underline">Został zrealizowany</span>
                <span className="block text-slate-700">Cele zostały osiągnięte albo kontrakt wykonano zgodnie z planem.</span>
              </Link>
            </li>
            <li>
              <Link href={`${here}?sposob=rozwiazany`} className={choice}>
                <span className="block font-semibold text-blue-800 underline">Zostaje rozwiązany</span>
                <span className="block text-slate-700">Np. klient naruszył postanowienia, odmówił realizacji albo się wyprowadził.</span>
              </Link>
            </li>
          </ul>
          <p className="mt-6 text-slate-700">Kontrakt, którego okres minął, a nie został zakończony, wygasa sam następnego dnia.</p>
        </nav>
      )}
    </>
  );
}

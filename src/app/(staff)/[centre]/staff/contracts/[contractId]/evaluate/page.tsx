import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { EvaluationForm } from "@/features/contracts/components/evaluation-form";
import { NotActive } from "@/features/contracts/components/not-active";
import { getContract } from "@/features/contracts/data";
import { contractNumber, responsibleText } from "@/features/contracts/labels";
import { today } from "@/features/contracts/period";
import { contractsPolicy } from "@/features/contracts/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Ocena realizacji kontraktu" };

type Props = { params: Promise<{ centre: string; contractId: string }> };

export default async function EvaluateContractPage({ params }: Props) {
  const { centre: slug, contractId } = await params;
  const centre = await requireCentre(slug, contractsPolicy.evaluate);
  const contract = await getContract(centre, contractId);
  if (!contract) notFound();
  const back = `/${centre.slug}/staff/contracts/${contract.id}`;
  const client = contract.participant;
  return (
    <>
      <BackLink href={back}>Wróć do kontraktu</BackLink>
      <PageHeader title="Ocena realizacji kontraktu" caption={`Kontrakt nr ${contractNumber(contract)} · ${client.firstName} ${client.lastName}`} />
      {contract.status !== "ACTIVE" ? (
        <NotActive status={contract.status} contractPath={back} />
      ) : (
        <EvaluationForm
          contractId={contract.id}
          version={contract.version}
          reloadHref={`${back}/evaluate`}
          initial={{ evaluatedOn: today(centre.timeZone) }}
          hints={{
            evaluatedOn: `Nie wcześniej niż podpisanie kontraktu (${formatCalendarDate(contract.signedOn!)}) i nie później niż dziś.`,
            nextEvaluationOn: `Po dniu tej oceny, najpóźniej ${formatCalendarDate(contract.periodEnd)} (koniec okresu). Zostaw puste, jeśli to ocena końcowa.`,
          }}
          actions={contract.actions.map((a) => ({
            id: a.id,
            description: a.description,
            who: responsibleText(a),
            deadline: formatCalendarDate(a.deadline),
            done: Boolean(a.doneOn),
          }))}
        />
      )}
    </>
  );
}

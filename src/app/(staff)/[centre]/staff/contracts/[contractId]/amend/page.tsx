import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { AmendmentForm } from "@/features/contracts/components/amendment-form";
import { NotActive } from "@/features/contracts/components/not-active";
import { getContract } from "@/features/contracts/data";
import { contractNumber, responsibleText } from "@/features/contracts/labels";
import { today } from "@/features/contracts/period";
import { contractsPolicy } from "@/features/contracts/policy";
import { requireCentre } from "@/server/page-guard";
import { fromDbDate } from "@/server/time";

export const metadata: Metadata = { title: "Aneks do kontraktu" };

type Props = { params: Promise<{ centre: string; contractId: string }> };

export default async function AmendContractPage({ params }: Props) {
  const { centre: slug, contractId } = await params;
  const centre = await requireCentre(slug, contractsPolicy.amend);
  const contract = await getContract(centre, contractId);
  if (!contract) notFound();
  const back = `/${centre.slug}/staff/contracts/${contract.id}`;
  const client = contract.participant;
  return (
    <>
      <BackLink href={back}>Wróć do kontraktu</BackLink>
      <PageHeader title="Aneks do kontraktu" caption={`Kontrakt nr ${contractNumber(contract)} · ${client.firstName} ${client.lastName}`}>
        <p>Podpisany kontrakt zmienia się tylko aneksem. Każdy aneks zostaje w historii kontraktu.</p>
      </PageHeader>
      {contract.status !== "ACTIVE" ? (
        <NotActive status={contract.status} contractPath={back} />
      ) : (
        <AmendmentForm
          contractId={contract.id}
          version={contract.version}
          variant={contract.variant}
          reloadHref={`${back}/amend`}
          initial={{ amendedOn: today(centre.timeZone), periodEnd: fromDbDate(contract.periodEnd) }}
          hints={{
            amendedOn: `Dzień podpisania aneksu: nie wcześniej niż podpisanie kontraktu (${formatCalendarDate(contract.signedOn!)}) i nie później niż dziś.`,
            periodEnd: `Teraz: ${formatCalendarDate(contract.periodEnd)}. Zmień, jeśli aneks przedłuża albo skraca kontrakt. Okres zaczął się ${formatCalendarDate(contract.periodStart)}.`,
          }}
          goals={contract.goals.map((g) => ({ value: g.id, label: `Cel ${g.position}: ${g.text.length > 60 ? `${g.text.slice(0, 57)}…` : g.text}` }))}
          actions={contract.actions.map((a) => ({
            id: a.id,
            description: a.description,
            who: responsibleText(a),
            deadline: fromDbDate(a.deadline),
            done: Boolean(a.doneOn),
          }))}
        />
      )}
    </>
  );
}

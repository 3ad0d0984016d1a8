import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ContractDetailsForm } from "@/features/contracts/components/details-form";
import { getContractClient, socialWorkerChoices } from "@/features/contracts/data";
import { newDetails } from "@/features/contracts/form-values";
import { contractsPolicy } from "@/features/contracts/policy";
import { ROLE_LABELS } from "@/server/roles";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Nowy kontrakt socjalny" };

type Props = { params: Promise<{ centre: string; clientId: string }> };

export default async function NewContractPage({ params }: Props) {
  const { centre: slug, clientId } = await params;
  const centre = await requireCentre(slug, contractsPolicy.draw);
  const client = await getContractClient(centre, clientId);
  if (!client) notFound();
  const workers = await socialWorkerChoices(centre);
  // A social worker draws up their own contracts; an admin, usually for the client's social worker.
  const candidates = centre.role === "SOCIAL_WORKER" ? [centre.actorId, client.socialWorkerId] : [client.socialWorkerId, centre.actorId];
  const defaultWorker = candidates.find((id) => id && workers.some((w) => w.userId === id)) ?? workers[0]?.userId ?? "";
  const clientPath = `/${centre.slug}/staff/clients/${client.id}`;
  return (
    <>
      <BackLink href={clientPath}>Wróć do kartoteki klienta</BackLink>
      <PageHeader title="Nowy kontrakt socjalny" caption={`${client.firstName} ${client.lastName}`}>
        <p>Zacznij od podstawowych danych. Strony, ocenę sytuacji, cele i działania dopiszesz po zapisaniu szkicu.</p>
      </PageHeader>
      {client.archivedAt ? (
        <Notice tone="warning" title="Kartoteka tego klienta jest w archiwum">
          Przywróć ją, zanim sporządzisz kontrakt.
        </Notice>
      ) : (
        <ContractDetailsForm
          participantId={client.id}
          initial={newDetails(defaultWorker)}
          socialWorkers={workers.map((w) => ({ value: w.userId, label: `${w.name} (${ROLE_LABELS[w.role].toLowerCase()})` }))}
          reloadHref={`${clientPath}/contracts/new`}
        />
      )}
    </>
  );
}

import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ClientForm } from "@/features/clients/components/client-form";
import { socialWorkerChoices } from "@/features/clients/data";
import { emptyClientValues } from "@/features/clients/form-values";
import { clientsPolicy } from "@/features/clients/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Nowy klient" };

export default async function NewClientPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, clientsPolicy.create);
  const workers = await socialWorkerChoices(centre);
  // A social worker usually adds their own client.
  const mine = centre.role === "SOCIAL_WORKER" && workers.some((w) => w.userId === centre.actorId) ? centre.actorId : "";
  return (
    <>
      <BackLink href={`/${centre.slug}/staff/clients`}>Wszyscy klienci</BackLink>
      <PageHeader title="Nowy klient" caption={centre.name}>
        <p>Zgody, domowników i dane szczególnie chronione dodasz po założeniu kartoteki.</p>
      </PageHeader>
      <div className="max-w-3xl">
        <ClientForm initial={emptyClientValues(mine)} socialWorkers={workers} />
      </div>
    </>
  );
}

import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { SensitiveForm } from "@/features/clients/components/sensitive-form";
import { clientsPolicy } from "@/features/clients/policy";
import { readSensitive } from "@/features/clients/sensitive";
import { requireCentre } from "@/server/page-guard";

// Not taken from the record: the title must not cost a second (audited) read.
export const metadata: Metadata = { title: "Dane szczególnie chronione" };

type Props = { params: Promise<{ centre: string; clientId: string }> };

export default async function ClientSensitivePage({ params }: Props) {
  const { centre: slug, clientId } = await params;
  const centre = await requireCentre(slug, clientsPolicy.sensitive);
  // Reads and writes "participant.sensitive.read" to the audit log in one transaction.
  const data = await readSensitive(centre, clientId);
  if (!data) notFound();
  const here = `/${centre.slug}/staff/clients/${data.client.id}`;
  return (
    <>
      <BackLink href={here}>Wróć do kartoteki</BackLink>
      <PageHeader title="Dane szczególnie chronione" caption={`${data.client.firstName} ${data.client.lastName}`} />
      <Notice tone="warning" title="Dane szczególnie chronione (RODO art. 9)">
        Widzą je tylko pracownicy socjalni i administratorzy ośrodka. Każde otwarcie tej strony i każda zmiana są zapisywane w dzienniku zdarzeń. Nie przepisuj
        tych danych do innych dokumentów bez potrzeby.
      </Notice>
      <div className="max-w-3xl">
        <SensitiveForm
          participantId={data.client.id}
          groups={data.groups}
          notes={data.notes ?? ""}
          loadedVersion={data.loadedVersion}
          reloadHref={`${here}/sensitive`}
        />
      </div>
    </>
  );
}

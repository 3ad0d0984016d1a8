import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { listClientAudit } from "@/features/clients/audit-log";
import { AuditTable } from "@/features/clients/components/audit-table";
import { Pagination } from "@/features/clients/components/pagination";
import { clientsPolicy } from "@/features/clients/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Dziennik zdarzeń kartoteki" };

type Props = { params: Promise<{ centre: string; clientId: string }>; searchParams: Promise<{ strona?: string | string[] }> };

export default async function ClientAuditPage({ params, searchParams }: Props) {
  const { centre: slug, clientId } = await params;
  const centre = await requireCentre(slug, clientsPolicy.audit);
  const { strona } = await searchParams;
  const page = Number.parseInt(Array.isArray(strona) ? strona[0] : (strona ?? "1"), 10) || 1;
  const log = await listClientAudit(centre, clientId, page);
  if (!log) notFound();
  const here = `/${centre.slug}/staff/clients/${log.client.id}`;
  return (
    <>
      <BackLink href={here}>Wróć do kartoteki</BackLink>
      <PageHeader title="Dziennik zdarzeń kartoteki" caption={`${log.client.firstName} ${log.client.lastName}`}>
        <p>Kto i kiedy oglądał dane szczególnie chronione albo zmieniał dane klienta, od najnowszych. Dziennik nie zawiera samych danych.</p>
      </PageHeader>
      <AuditTable events={log.events} timeZone={centre.timeZone} />
      <Pagination page={log.page} pages={log.pages} hrefOf={(p) => `${here}/audit?strona=${p}`} label="Strony dziennika" />
    </>
  );
}

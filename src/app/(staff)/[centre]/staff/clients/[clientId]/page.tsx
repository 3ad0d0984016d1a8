import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ArchiveClientForm } from "@/features/clients/components/archive-client-form";
import { ClientForm } from "@/features/clients/components/client-form";
import { ConsentsForm } from "@/features/clients/components/consents-form";
import { HouseholdList } from "@/features/clients/components/household-list";
import { getClient, socialWorkerChoices } from "@/features/clients/data";
import { savedClientValues, savedConsentValues } from "@/features/clients/form-values";
import { CASEWORKER_ROLES, clientsPolicy } from "@/features/clients/policy";
import { ClientContracts } from "@/features/contracts/components/client-contracts";
import { requireCentre } from "@/server/page-guard";

type Props = { params: Promise<{ centre: string; clientId: string }>; searchParams: Promise<{ dodano?: string }> };

// The title and the page ask for the same client in one request.
const loadClient = cache(async (slug: string, clientId: string) => {
  const centre = await requireCentre(slug, clientsPolicy.view);
  return { centre, client: await getClient(centre, clientId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { centre, clientId } = await params;
  const { client } = await loadClient(centre, clientId);
  return { title: client ? `${client.firstName} ${client.lastName}` : "Klient" };
}

export default async function ClientPage({ params, searchParams }: Props) {
  const { centre: slug, clientId } = await params;
  const { centre, client } = await loadClient(slug, clientId);
  if (!client) notFound();
  const workers = await socialWorkerChoices(centre, client.socialWorkerId);
  const base = `/${centre.slug}/staff/clients`;
  const here = `${base}/${client.id}`;
  const name = `${client.firstName} ${client.lastName}`;
  const worker = client.socialWorker;
  const workerGone = worker && (worker.status !== "ACTIVE" || !(CASEWORKER_ROLES as readonly string[]).includes(worker.role));
  return (
    <>
      <BackLink href={base}>Wszyscy klienci</BackLink>
      <PageHeader title={name} caption="Kartoteka klienta">
        <p>
          {client.birthYear ? `Rok urodzenia ${client.birthYear}. ` : ""}
          Pracownik socjalny: {client.socialWorker?.user.name ?? "nie przydzielono"}.
        </p>
      </PageHeader>
      {(await searchParams).dodano === "1" ? (
        <Notice tone="success" title="Kartoteka klienta została założona.">
          Teraz możesz wpisać zgody, domowników i, jeśli trzeba, dane szczególnie chronione.
        </Notice>
      ) : null}
      {client.archivedAt ? (
        <Notice tone="warning" title={`Kartoteka w archiwum od ${formatDateTime(client.archivedAt, centre.timeZone)}`}>
          Klient nie jest na liście aktualnych klientów. Możesz przywrócić kartotekę na dole strony.
        </Notice>
      ) : null}
      {workerGone ? (
        <Notice tone="warning" title="Przydzielona osoba nie prowadzi już spraw klientów">
          Wybierz innego pracownika socjalnego w sekcji „Pracownik socjalny”.
        </Notice>
      ) : null}

      <nav aria-label="Inne strony kartoteki" className="mb-10">
        <ul className="space-y-2">
          <li>
            {/* Not prefetched: opening that page is a read of special-category data and is audited. */}
            <Link href={`${here}/sensitive`} prefetch={false} className="font-semibold text-blue-800 underline">
              Dane szczególnie chronione
            </Link>
            <span className="block text-slate-700">Grupy z art. 1 ust. 2 ustawy o zatrudnieniu socjalnym i notatki. Każde otwarcie jest zapisywane.</span>
          </li>
          {centre.role === "ADMIN" ? (
            <li>
              <Link href={`${here}/audit`} prefetch={false} className="font-semibold text-blue-800 underline">
                Dziennik zdarzeń kartoteki
              </Link>
              <span className="block text-slate-700">Kto i kiedy oglądał lub zmieniał dane klienta.</span>
            </li>
          ) : null}
        </ul>
      </nav>

      <section aria-labelledby="details" className="mb-12 max-w-3xl">
        <h2 id="details" className="mb-6 text-2xl font-bold">
          Dane klienta
        </h2>
        <ClientForm
          participantId={client.id}
          version={client.version}
          initial={savedClientValues(client)}
          socialWorkers={workers}
          reloadHref={here}
          headingLevel={3}
        />
      </section>

      <section aria-labelledby="consents" className="mb-12 max-w-3xl">
        <h2 id="consents" className="text-2xl font-bold">
          Zgody
        </h2>
        <p className="mb-6 mt-2">Wpisz dzień, w którym klient wyraził zgodę lub otrzymał informację. Wyczyść datę, jeśli zgodę wycofał.</p>
        <ConsentsForm participantId={client.id} version={client.version} saved={savedConsentValues(client)} reloadHref={here} />
      </section>

      <HouseholdList participantId={client.id} members={client.household} />

      <section aria-labelledby="archive" className="mb-12 max-w-3xl">
        <h2 id="archive" className="mb-4 text-2xl font-bold">
          {client.archivedAt ? "Przywrócenie" : "Archiwizacja"}
        </h2>
        <p className="mb-4">
          {client.archivedAt
            ? "Przywrócona kartoteka wróci na listę aktualnych klientów."
            : "Gdy ośrodek nie pracuje już z klientem, zarchiwizuj kartotekę: zniknie z listy aktualnych klientów, a jej historia zostanie."}
        </p>
        <ArchiveClientForm participantId={client.id} name={name} archived={Boolean(client.archivedAt)} />
      </section>

      <ClientContracts centre={centre} participantId={client.id} />
    </>
  );
}

import { ActionLink, ArchiveTabs } from "@/components/ui/links";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ClientSearch } from "@/features/clients/components/client-search";
import { ClientTable } from "@/features/clients/components/client-table";
import { Pagination } from "@/features/clients/components/pagination";
import { listClients, socialWorkerChoices } from "@/features/clients/data";
import { clientsPolicy } from "@/features/clients/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Klienci" };

type Props = {
  params: Promise<{ centre: string }>;
  searchParams: Promise<Record<"q" | "pracownik" | "archiwum" | "strona", string | string[] | undefined>>;
};

/** A query parameter given twice (?q=a&q=b) counts once. */
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The filter's words in addresses: ?pracownik=moi, ?pracownik=brak, or a person's id. */
const WORKER_PARAMS: Record<string, string> = { moi: "mine", brak: "none" };

export default async function ClientsPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, clientsPolicy.view);
  const sp = await searchParams;
  const q = one(sp.q).slice(0, 200);
  const pracownik = one(sp.pracownik);
  const archived = one(sp.archiwum) === "1";
  const page = Number.parseInt(one(sp.strona), 10) || 1;
  const [result, workers] = await Promise.all([
    listClients(centre, { q, socialWorker: WORKER_PARAMS[pracownik] ?? pracownik, archived, page }),
    socialWorkerChoices(centre),
  ]);
  const base = `/${centre.slug}/staff/clients`;
  const query = (extra: Record<string, string>) => {
    const search = new URLSearchParams({ ...(q ? { q } : {}), ...(pracownik ? { pracownik } : {}), ...(archived ? { archiwum: "1" } : {}), ...extra });
    return search.size ? `${base}?${search}` : base;
  };
  const title = archived ? "Klienci w archiwum" : "Klienci";
  return (
    <>
      <PageHeader title={title} caption={centre.name}>
        <p>Kartoteki klientów ośrodka. Dane szczególnie chronione są tylko w kartotece, na osobnej stronie.</p>
      </PageHeader>
      <ActionLink href={`${base}/new`}>Dodaj klienta</ActionLink>
      <ArchiveTabs base={base} archived={archived} of="people" />
      <ClientSearch
        q={q}
        socialWorker={pracownik}
        archived={archived}
        clearHref={archived ? `${base}?archiwum=1` : base}
        workers={[
          { value: "moi", label: "Moi klienci" },
          { value: "brak", label: "Bez przydzielonego pracownika" },
          ...workers.map((w) => ({ value: w.userId, label: w.name })),
        ]}
      />
      <h2 className="mb-4 text-2xl font-bold">{result.total === 0 ? "Brak wyników" : `Znaleziono: ${result.total}`}</h2>
      <ClientTable clients={result.clients} basePath={base} caption={`${title}: nazwisko i imię, rok urodzenia, telefon, miejsce, pracownik socjalny`} />
      <Pagination page={result.page} pages={result.pages} hrefOf={(p) => query({ strona: String(p) })} label="Strony listy klientów" />
    </>
  );
}

// The "Kontrakty socjalne" section of a client's page: their contracts with number, variant, period,
// status and next evaluation, and the way to draw up a new one. Shown only to those who may read
// contracts (policy.ts); others see nothing of it.
import { TableHead } from "@/components/ui/table-head";
import { ACTION_LINK_CLASS } from "@/components/ui/links";
import { mayUse } from "@/server/tenant";
import Link from "next/link";
import { formatCalendarDate } from "@/components/ui/format";
import type { AuthorisedCentre } from "@/server/tenant";
import { listClientContracts } from "../data";
import { contractNumber, STATUS_LABELS, VARIANT_LABELS } from "../labels";
import { contractsPolicy } from "../policy";

const button = ACTION_LINK_CLASS;

export async function ClientContracts({ centre, participantId }: { centre: AuthorisedCentre; participantId: string }) {
  if (!mayUse(centre, contractsPolicy.view)) return null;
  const contracts = await listClientContracts(centre, participantId);
  const base = `/${centre.slug}/staff`;
  return (
    <section aria-labelledby="client-contracts" className="mb-12">
      <h2 id="client-contracts" className="mb-4 text-2xl font-bold">
        Kontrakty socjalne
      </h2>
      {contracts.length === 0 ? (
        <p className="mb-6">Klient nie ma jeszcze kontraktu socjalnego.</p>
      ) : (
        <div className="mb-6 overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Kontrakty socjalne klienta: numer, wariant, okres, stan i następna ocena</caption>
            <TableHead columns={["Numer", "Wariant", "Okres", "Stan", "Następna ocena"]} />
            <tbody>
              {contracts.map((c) => (
                <tr key={c.id} className="border-b border-slate-300 align-top">
                  <td className="py-3 pr-4">
                    <Link href={`${base}/contracts/${c.id}`} className="font-semibold text-blue-800 underline">
                      <span className="sr-only">Kontrakt nr </span>
                      {contractNumber(c)}
                    </Link>
                  </td>
                  <td className="py-3 pr-4">{VARIANT_LABELS[c.variant].short}</td>
                  <td className="py-3 pr-4">
                    {formatCalendarDate(c.periodStart)} – {formatCalendarDate(c.periodEnd)}
                  </td>
                  <td className="py-3 pr-4">{STATUS_LABELS[c.status]}</td>
                  <td className="py-3 pr-4">{c.nextEvaluationOn ? formatCalendarDate(c.nextEvaluationOn) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayUse(centre, contractsPolicy.draw) ? (
        <Link href={`${base}/clients/${participantId}/contracts/new`} className={button}>
          Sporządź kontrakt socjalny
        </Link>
      ) : null}
    </section>
  );
}

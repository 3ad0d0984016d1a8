import { TableHead } from "@/components/ui/table-head";
import type { Metadata } from "next";
import Link from "next/link";
import { formatCalendarDate, formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { incomingReferrals, targetName } from "@/features/referrals/data";
import { referralsPolicy } from "@/features/referrals/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Skierowania" };

export default async function ReferralsPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, referralsPolicy.viewIncoming);
  const referrals = await incomingReferrals(centre);
  return (
    <>
      <PageHeader title="Skierowania od pracowników socjalnych" caption={centre.name}>
        <p>Osoby skierowane do KIS, klubów i grup, czekające na decyzję. Widzisz tylko to, czego potrzeba do przyjęcia.</p>
      </PageHeader>
      {referrals.length === 0 ? (
        <p>Nie ma skierowań czekających na decyzję.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Skierowania czekające na decyzję</caption>
            <TableHead columns={["Osoba", "Kontakt", "Dokąd", "Od kiedy", "Kontrakt socjalny do", "Skierowanie"]} />
            <tbody>
              {referrals.map((r) => (
                <tr key={r.id} className="border-b border-slate-300 align-top">
                  <td className="py-3 pr-4 font-semibold">
                    {r.participant.firstName} {r.participant.lastName}
                  </td>
                  <td className="py-3 pr-4">{[r.participant.phone, r.participant.email].filter(Boolean).join(", ") || "—"}</td>
                  <td className="py-3 pr-4">
                    {targetName(r)}
                    {r.editionId ? (
                      <Link href={`/${centre.slug}/staff/kis/${r.editionId}/recruitment`} className="block text-blue-800 underline">
                        Zdecyduj w rekrutacji{" "}
                        <span className="sr-only">
                          ({r.participant.firstName} {r.participant.lastName})
                        </span>
                      </Link>
                    ) : null}
                  </td>
                  <td className="py-3 pr-4">{r.periodStart ? formatCalendarDate(r.periodStart) : "—"}</td>
                  <td className="py-3 pr-4">{r.contract ? formatCalendarDate(r.contract.periodEnd) : "—"}</td>
                  <td className="py-3 pr-4">
                    {formatDateTime(r.referredAt, centre.timeZone)}
                    {r.referredBy ? <span className="block text-slate-700">{r.referredBy}</span> : null}
                    {r.referralNote ? <span className="block">{r.referralNote}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

// The centre's KIS editions: the coordinator's way into each one.
import { TableHead } from "@/components/ui/table-head";
import type { Metadata } from "next";
import Link from "next/link";
import { ACTION_LINK_CLASS } from "@/components/ui/links";
import { formatCalendarDate } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { listEditions } from "@/features/editions/data";
import { editionTitle } from "@/features/editions/edition-name";
import { EDITION_STATUS_LABELS } from "@/features/editions/labels";
import { editionsPolicy } from "@/features/editions/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Klub Integracji Społecznej" };

export default async function EditionsPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, editionsPolicy.view);
  const editions = await listEditions(centre);
  return (
    <>
      <PageHeader title="Klub Integracji Społecznej" caption={centre.name}>
        <p>Edycje klubu: rekrutacja, uczestnicy, zajęcia i obecność.</p>
      </PageHeader>
      <ul className="mb-8 flex flex-wrap gap-x-8 gap-y-3">
        <li>
          <Link href={`/${centre.slug}/staff/kis/new`} className={ACTION_LINK_CLASS}>
            Dodaj edycję
          </Link>
        </li>
        <li>
          <Link href={`/${centre.slug}/staff/kis/report`} className="inline-block py-2 font-semibold text-blue-800 underline">
            Sprawozdanie roczne dla wojewody i statystyka KIS
          </Link>
        </li>
      </ul>
      {editions.length === 0 ? (
        <p>Ośrodek nie ma jeszcze żadnej edycji KIS.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Edycje KIS</caption>
            <TableHead columns={["Edycja", "Stan", "Okres", "Cykle", "Miejsca zajęte", "Czekają na decyzję", "Lista rezerwowa"]} />
            <tbody>
              {editions.map((e) => (
                <tr key={e.id} className="border-b border-slate-300 align-top">
                  <td className="py-3 pr-4">
                    <Link href={`/${centre.slug}/staff/kis/${e.id}`} className="font-semibold text-blue-800 underline">
                      {editionTitle(e)}
                    </Link>
                  </td>
                  <td className="py-3 pr-4">{EDITION_STATUS_LABELS[e.status]}</td>
                  <td className="py-3 pr-4">
                    {formatCalendarDate(e.startsOn)} – {formatCalendarDate(e.endsOn)}
                  </td>
                  <td className="py-3 pr-4">{e._count.cycles}</td>
                  <td className="py-3 pr-4">
                    {e.taken} z {e.capacity}
                  </td>
                  <td className="py-3 pr-4">{e.referred}</td>
                  <td className="py-3 pr-4">{e.waitlisted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

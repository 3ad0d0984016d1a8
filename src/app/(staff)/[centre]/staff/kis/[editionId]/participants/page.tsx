// The edition's participants, enrolled and former: individual period, attendance rate and status.
import { TableHead } from "@/components/ui/table-head";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { editionParticipants, type EditionParticipant } from "@/features/completion/data";
import { certificateNumber, LEAVE_REASON_LABELS, PARTICIPANT_STATUS_LABELS } from "@/features/completion/labels";
import { completionPolicy } from "@/features/completion/policy";
import { getEdition } from "@/features/editions/data";
import { editionTitle } from "@/features/editions/edition-name";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Uczestnicy KIS" };

type Props = { params: Promise<{ centre: string; editionId: string }> };

function Rate({ p }: { p: EditionParticipant }) {
  if (p.rate === null || !p.tally) return <>brak oznaczeń</>;
  return (
    <>
      {p.rate}%{" "}
      <span className="text-slate-700">
        ({p.tally.present} z {p.tally.marked})
      </span>
    </>
  );
}

export default async function ParticipantsPage({ params }: Props) {
  const { centre: slug, editionId } = await params;
  const centre = await requireCentre(slug, completionPolicy.view);
  const edition = await getEdition(centre, editionId);
  if (!edition) notFound();
  const list = await editionParticipants(centre, edition.id);
  const enrolled = list.filter((p) => p.status === "ENROLLED").length;
  const base = `/${centre.slug}/staff/kis/${edition.id}/participants`;
  return (
    <>
      <PageHeader title="Uczestnicy" caption={editionTitle(edition)}>
        <p>
          Uczestniczy teraz {enrolled} z {edition.capacity} osób; zakończyło udział {list.length - enrolled}. Frekwencja liczy zajęcia z odnotowaną obecnością.
        </p>
      </PageHeader>
      {list.length === 0 ? (
        <p>W tej edycji nie ma jeszcze uczestników.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Uczestnicy edycji</caption>
            <TableHead columns={["Uczestnik", "Kontakt", "Okres uczestnictwa", "Frekwencja", "Stan"]} />
            <tbody>
              {list.map((p) => (
                <tr key={p.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="py-3 pr-4 font-semibold">
                    <Link href={`${base}/${p.id}`} className="text-blue-800 underline">
                      {p.participant.firstName} {p.participant.lastName}
                    </Link>
                  </th>
                  <td className="py-3 pr-4">{[p.participant.phone, p.participant.email].filter(Boolean).join(", ") || "—"}</td>
                  <td className="py-3 pr-4">
                    {p.periodStart ? formatCalendarDate(p.periodStart) : "—"} – {p.periodEnd ? formatCalendarDate(p.periodEnd) : "—"}
                  </td>
                  <td className="py-3 pr-4">
                    <Rate p={p} />
                  </td>
                  <td className="py-3 pr-4">
                    {PARTICIPANT_STATUS_LABELS[p.status]}
                    {p.leaveReason ? <span className="block text-slate-700">{LEAVE_REASON_LABELS[p.leaveReason]}</span> : null}
                    {certificateNumber(p) ? <span className="block text-slate-700">zaświadczenie nr {certificateNumber(p)}</span> : null}
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

// The printable lista obecności of one session: centre, edition, date and time, topic, who leads it,
// and a wide column for each participant's signature. The print stylesheet is in globals.css.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDateLong, formatTimeRange } from "@/components/ui/format";
import { PrintButton } from "@/components/ui/print-button";
import { sessionList } from "@/features/attendance/data";
import { SESSION_KIND_LABELS } from "@/features/attendance/labels";
import { attendancePolicy } from "@/features/attendance/policy";
import { getEdition } from "@/features/editions/data";
import { editionTitle } from "@/features/editions/edition-name";
import { requireCentre } from "@/server/page-guard";

type Props = { params: Promise<{ centre: string; editionId: string; sessionId: string }> };

const load = cache(async (slug: string, editionId: string, sessionId: string) => {
  const centre = await requireCentre(slug, attendancePolicy.view);
  const [edition, list] = await Promise.all([getEdition(centre, editionId), sessionList(centre, editionId, sessionId)]);
  return { centre, edition, list };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { centre, editionId, sessionId } = await params;
  const { list } = await load(centre, editionId, sessionId);
  return { title: list ? `Lista obecności do druku: ${list.day}` : "Lista obecności do druku" };
}

export default async function PrintSessionListPage({ params }: Props) {
  const { centre: slug, editionId, sessionId } = await params;
  const { centre, edition, list } = await load(slug, editionId, sessionId);
  if (!edition || !list) notFound();
  const { session } = list;
  const zone = centre.timeZone;
  return (
    <div className="text-[11pt]">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <Link href={`/${centre.slug}/staff/kis/${edition.id}/sessions/${session.id}`} className="text-blue-800 underline">
          Wróć do zaznaczania obecności
        </Link>
        <PrintButton label="Drukuj listę" />
      </div>
      <p>{centre.name}</p>
      <h1 className="mt-2 text-2xl font-bold">Lista obecności</h1>
      <dl className="mt-3 mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Edycja</dt>
        <dd>{editionTitle(edition)}</dd>
        <dt className="font-semibold">Data</dt>
        <dd>{formatDateLong(session.startsAt, zone)}</dd>
        <dt className="font-semibold">Godziny</dt>
        <dd>{formatTimeRange(session.startsAt, session.endsAt, zone)}</dd>
        <dt className="font-semibold">{SESSION_KIND_LABELS[session.kind]}</dt>
        <dd>{session.topic ?? "—"}</dd>
        <dt className="font-semibold">Prowadzący</dt>
        <dd>{session.leader ?? "—"}</dd>
        {session.venue ? (
          <>
            <dt className="font-semibold">Miejsce</dt>
            <dd>{session.venue.name}</dd>
          </>
        ) : null}
      </dl>
      {session.status === "CANCELLED" ? <p className="mb-4 font-semibold">Zajęcia odwołane.</p> : null}
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Uczestnicy i miejsce na podpis</caption>
        <thead>
          <tr>
            <th scope="col" className="w-12 border border-black px-2 py-1">
              Lp.
            </th>
            <th scope="col" className="w-2/5 border border-black px-2 py-1">
              Imię i nazwisko
            </th>
            <th scope="col" className="border border-black px-2 py-1">
              Podpis
            </th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((r, i) => (
            <tr key={r.participantId} className="h-12 break-inside-avoid">
              <td className="border border-black px-2 py-1">{i + 1}.</td>
              <td className="border border-black px-2 py-1">{r.name}</td>
              <td className="border border-black px-2 py-1" />
            </tr>
          ))}
        </tbody>
      </table>
      {list.rows.length === 0 ? <p className="mt-2">Nikt nie uczestniczył w tej edycji w dniu zajęć.</p> : null}
      <p className="mt-10">Podpis prowadzącego: ..............................................</p>
    </div>
  );
}

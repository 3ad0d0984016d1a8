// An edition's session grid: its sessions by cycle and date with topic, specialist and status; planning
// a cycle's rhythm, integration events and cancelling a session.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCalendarDate, formatDateLong, formatTimeRange } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { CancelSessionForm, EventForm, RhythmForm, TopicsForm, type GridGroup } from "@/features/editions/components/grid-forms";
import { editionSessions, getEdition, type EditionSession } from "@/features/editions/data";
import { SESSION_KIND_LABELS, SESSION_STATUS_LABELS } from "@/features/editions/labels";
import { editionsPolicy } from "@/features/editions/policy";
import { venueOptions } from "@/features/schedules/staff-data";
import { requireCentre } from "@/server/page-guard";
import { fromDbDate, localDate } from "@/server/time";

export const metadata: Metadata = { title: "Zajęcia edycji KIS" };

type Props = { params: Promise<{ centre: string; editionId: string }> };

export default async function EditionSessionsPage({ params }: Props) {
  const { centre: slug, editionId } = await params;
  const centre = await requireCentre(slug, editionsPolicy.manage);
  const edition = await getEdition(centre, editionId);
  if (!edition) notFound();
  const [sessions, venues] = await Promise.all([editionSessions(centre, edition.id), venueOptions(centre)]);
  const zone = centre.timeZone;

  // A session belongs to the cycle its schedule was planned for, or else the cycle its date falls in.
  const cycleOf = (s: EditionSession) => {
    if (s.schedule?.cycleId) return s.schedule.cycleId;
    const day = localDate(s.startsAt, zone);
    return edition.cycles.find((c) => fromDbDate(c.startsOn) <= day && day <= fromDbDate(c.endsOn))?.id ?? "outside";
  };
  const base = `/${centre.slug}/staff/kis/${edition.id}`;
  const today = localDate(new Date(), zone);
  // The monthly list opens on this month, or on the edition's nearest month when it is not running now.
  const month = [fromDbDate(edition.startsOn), today, fromDbDate(edition.endsOn)].sort()[1].slice(0, 7);
  const row = (s: EditionSession) => ({
    id: s.id,
    date: formatDateLong(s.startsAt, zone),
    time: formatTimeRange(s.startsAt, s.endsAt, zone),
    kind: SESSION_KIND_LABELS[s.kind],
    topic: s.topic ?? "",
    leader: s.leader ?? "",
    register: s.status !== "CANCELLED" && localDate(s.startsAt, zone) <= today ? `${base}/sessions/${s.id}` : null,
    status: s.status === "CANCELLED" && s.cancelReason ? `${SESSION_STATUS_LABELS.CANCELLED}: ${s.cancelReason}` : SESSION_STATUS_LABELS[s.status],
  });
  const groups: GridGroup[] = [
    ...edition.cycles.map((c) => ({
      key: c.id,
      title: `Cykl ${c.number}: ${formatCalendarDate(c.startsOn)} – ${formatCalendarDate(c.endsOn)}`,
      rows: sessions.filter((s) => cycleOf(s) === c.id).map(row),
    })),
    { key: "outside", title: "Poza cyklami", rows: sessions.filter((s) => cycleOf(s) === "outside").map(row) },
  ].filter((g) => g.rows.length > 0);
  const cancellable = sessions
    .filter((s) => s.status === "PLANNED" && s.startsAt > new Date())
    .map((s) => ({
      value: s.id,
      label: `${formatDateLong(s.startsAt, zone)}, ${formatTimeRange(s.startsAt, s.endsAt, zone)}${s.topic ? `: ${s.topic}` : ""}`,
    }));
  const finished = edition.status === "FINISHED";

  return (
    <>
      <PageHeader title="Zajęcia edycji">
        <p>Plan zajęć według cykli: daty, tematy i prowadzący. Wydarzenia integracyjne są częścią planu.</p>
      </PageHeader>

      <section aria-labelledby="grid" className="mb-12">
        <h2 id="grid" className="mb-4 text-2xl font-bold">
          Plan zajęć
        </h2>
        <p className="mb-4">
          <Link href={`${base}/attendance/${month}`} className="font-semibold text-blue-800 underline">
            Obecność w miesiącu i listy do podpisu
          </Link>
        </p>
        {groups.length === 0 ? <p>Edycja nie ma jeszcze zajęć. Zaplanuj rytm cyklu poniżej.</p> : <TopicsForm editionId={edition.id} groups={groups} />}
      </section>

      {finished ? (
        <p className="mb-12">Edycja jest zakończona: nie planuje się już jej zajęć.</p>
      ) : (
        <>
          <section aria-labelledby="rhythm" className="mb-12">
            <h2 id="rhythm" className="mb-2 text-2xl font-bold">
              Zaplanuj rytm cyklu
            </h2>
            <p className="mb-4">Np. wtorki i czwartki od 9:00 do 15:00. Zajęcia powstaną od razu na cały cykl; potem wpisz ich tematy i prowadzących.</p>
            {edition.cycles.length === 0 ? (
              <p>Edycja nie ma cykli. Dodaj je w zakładce „Cykle i zespół”.</p>
            ) : (
              <RhythmForm
                editionId={edition.id}
                cycles={edition.cycles.map((c) => ({
                  value: c.id,
                  label: `Cykl ${c.number}: ${formatCalendarDate(c.startsOn)} – ${formatCalendarDate(c.endsOn)}`,
                }))}
                venues={venues}
              />
            )}
          </section>

          <section aria-labelledby="event" className="mb-12">
            <h2 id="event" className="mb-2 text-2xl font-bold">
              Dodaj wydarzenie integracyjne
            </h2>
            <EventForm editionId={edition.id} venues={venues} />
          </section>
        </>
      )}

      <section aria-labelledby="cancel" className="mb-12">
        <h2 id="cancel" className="mb-2 text-2xl font-bold">
          Odwołaj zajęcia
        </h2>
        {cancellable.length === 0 ? <p>Nie ma zaplanowanych zajęć do odwołania.</p> : <CancelSessionForm offerId={edition.offer.id} sessions={cancellable} />}
      </section>
    </>
  );
}

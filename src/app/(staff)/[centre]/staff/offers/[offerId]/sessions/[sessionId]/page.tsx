import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDateLong, formatDateTime, formatTime, formatTimeRange } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { CancelOrRestore, MoveSessionForm } from "@/features/schedules/components/session-forms";
import { schedulesPolicy } from "@/features/schedules/policy";
import { plCount } from "@/features/schedules/polish-plural";
import { getScheduledOffer, getSessionForEdit, venueOptions } from "@/features/schedules/staff-data";
import { requireCentre } from "@/server/page-guard";
import { localDate } from "@/server/time";

export const metadata: Metadata = { title: "Spotkanie" };

type Props = { params: Promise<{ centre: string; offerId: string; sessionId: string }> };

const STATUS = { PLANNED: "Zaplanowane", HELD: "Odbyło się", CANCELLED: "Odwołane" } as const;

export default async function SessionPage({ params }: Props) {
  const { centre: slug, offerId, sessionId } = await params;
  const centre = await requireCentre(slug, schedulesPolicy.manageSessions);
  const [offer, session] = await Promise.all([getScheduledOffer(centre, offerId), getSessionForEdit(centre, offerId, sessionId)]);
  if (!offer || !session) notFound();
  const venues = await venueOptions(centre, session.venueId);
  const zone = centre.timeZone;
  const back = `/${centre.slug}/staff/offers/${offer.id}`;
  const ref = { offerId: offer.id, sessionId: session.id };
  const day = formatDateLong(session.startsAt, zone);
  const details: [string, string][] = [
    ["Kiedy", `${day}, ${formatTimeRange(session.startsAt, session.endsAt, zone)}`],
    ...(session.movedFrom ? ([["Pierwotny termin", formatDateTime(session.movedFrom, zone)]] as [string, string][]) : []),
    ["Gdzie", session.venue ? `${session.venue.name}, ${session.venue.street}` : "Do ustalenia"],
    ["Temat", session.topic ?? "—"],
    ["Prowadzi", session.leader ?? "—"],
    ["Stan", session.cancelReason ? `${STATUS[session.status]}. Powód: ${session.cancelReason}` : STATUS[session.status]],
    ["Lista obecności", plCount(session._count.attendance, ["wpis", "wpisy", "wpisów"])],
    ["Zadania dla wolontariuszy", plCount(session._count.tasks, ["zadanie", "zadania", "zadań"])],
  ];
  return (
    <>
      <BackLink href={back}>Wróć do oferty</BackLink>
      <PageHeader title={`${day.charAt(0).toUpperCase()}${day.slice(1)}, ${formatTime(session.startsAt, zone)}`} caption={`${offer.name}: spotkanie`} />
      <dl className="mb-10 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {details.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="first-letter:uppercase">{value}</dd>
          </div>
        ))}
      </dl>
      {session.status === "HELD" ? (
        <Notice title="To spotkanie już się odbyło">Nie można go odwołać ani przenieść.</Notice>
      ) : (
        <>
          <section aria-labelledby="status-title" className="mb-12 max-w-3xl">
            <h2 id="status-title" className="mb-4 text-2xl font-bold">
              {session.status === "CANCELLED" ? "Przywrócenie" : "Odwołanie"}
            </h2>
            <CancelOrRestore {...ref} cancelled={session.status === "CANCELLED"} />
          </section>
          <section aria-labelledby="move-title" className="mb-12 max-w-3xl">
            <h2 id="move-title" className="mb-4 text-2xl font-bold">
              Przeniesienie
            </h2>
            {session.status === "CANCELLED" ? (
              <p>Odwołanego spotkania nie można przenieść. Najpierw je przywróć.</p>
            ) : (
              <>
                <p className="mb-4">
                  Mieszkańcy zobaczą nowy termin z informacją, że spotkanie zostało przeniesione. Harmonogram nie doda go ponownie w starym terminie.
                </p>
                <MoveSessionForm
                  {...ref}
                  venues={venues}
                  initial={{
                    date: localDate(session.startsAt, zone),
                    startTime: formatTime(session.startsAt, zone),
                    endTime: formatTime(session.endsAt, zone),
                    venueId: session.venueId ?? "",
                  }}
                />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}

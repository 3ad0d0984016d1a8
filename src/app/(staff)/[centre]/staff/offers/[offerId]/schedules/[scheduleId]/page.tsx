import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ArchiveScheduleForm } from "@/features/schedules/components/archive-schedule-form";
import { ScheduleForm } from "@/features/schedules/components/schedule-form";
import { describeSchedule } from "@/features/schedules/describe";
import { savedScheduleValues } from "@/features/schedules/form-values";
import { HORIZON_WEEKS } from "@/features/schedules/materialise";
import { schedulesPolicy } from "@/features/schedules/policy";
import { fromRrule } from "@/features/schedules/rule";
import { getScheduledOffer, getScheduleForEdit, venueOptions } from "@/features/schedules/staff-data";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Harmonogram" };

type Props = { params: Promise<{ centre: string; offerId: string; scheduleId: string }> };

export default async function EditSchedulePage({ params }: Props) {
  const { centre: slug, offerId, scheduleId } = await params;
  const centre = await requireCentre(slug, schedulesPolicy.manageSchedules);
  const [offer, schedule] = await Promise.all([getScheduledOffer(centre, offerId), getScheduleForEdit(centre, offerId, scheduleId)]);
  if (!offer || !schedule) notFound();
  const venues = await venueOptions(centre, schedule.venueId);
  const back = `/${centre.slug}/staff/offers/${offer.id}`;
  const unknownRule = schedule.kind === "RECURRING" && schedule.rrule && !fromRrule(schedule.rrule);
  return (
    <>
      <BackLink href={back}>Wróć do oferty</BackLink>
      <PageHeader title="Harmonogram" caption={offer.name}>
        <p className="first-letter:uppercase">{describeSchedule(schedule)}</p>
      </PageHeader>
      {schedule.archivedAt ? (
        <Notice tone="warning" title={`Zarchiwizowany ${formatDateTime(schedule.archivedAt, centre.timeZone)}`}>
          Mieszkańcy go nie widzą i nie powstają z niego nowe spotkania.
        </Notice>
      ) : offer.archivedAt ? (
        <Notice tone="warning" title="Ta oferta jest w archiwum">
          Przywróć ją na stronie oferty, zanim zmienisz harmonogram.
        </Notice>
      ) : (
        <section aria-labelledby="change" className="mb-12">
          <h2 id="change" className="mb-4 text-2xl font-bold">
            Zmień harmonogram
          </h2>
          {unknownRule ? (
            <Notice tone="info" title="Tego rytmu spotkań nie da się pokazać w formularzu">
              Wybierz rytm od nowa; zapisanie zastąpi dotychczasowy.
            </Notice>
          ) : null}
          <ScheduleForm
            offerId={offer.id}
            scheduleId={schedule.id}
            initial={savedScheduleValues(schedule)}
            venues={venues}
            backHref={back}
            horizonWeeks={HORIZON_WEEKS}
          />
        </section>
      )}
      <section aria-labelledby="archiwizacja-title" id="archiwizacja" className="mb-12 max-w-3xl">
        <h2 id="archiwizacja-title" className="mb-4 text-2xl font-bold">
          Archiwizacja
        </h2>
        {schedule.archivedAt ? null : (
          <p className="mb-4">
            Gdy spotkania według tego harmonogramu się skończyły, zarchiwizuj go. Jego przyszłe spotkania znikną z kalendarza; zostaną tylko te z listą
            obecności, zadaniami dla wolontariuszy albo zmienione ręcznie. Przeszłe spotkania zostają bez zmian.
          </p>
        )}
        <ArchiveScheduleForm offerId={offer.id} scheduleId={schedule.id} archived={Boolean(schedule.archivedAt)} backHref={back} />
      </section>
    </>
  );
}

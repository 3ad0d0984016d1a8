import { BackLink } from "@/components/ui/links";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ScheduleForm } from "@/features/schedules/components/schedule-form";
import { newScheduleValues } from "@/features/schedules/form-values";
import { HORIZON_WEEKS } from "@/features/schedules/materialise";
import { schedulesPolicy } from "@/features/schedules/policy";
import { getScheduledOffer, venueOptions } from "@/features/schedules/staff-data";
import { requireCentre } from "@/server/page-guard";
import { localDate } from "@/server/time";

export const metadata: Metadata = { title: "Nowy harmonogram" };

type Props = { params: Promise<{ centre: string; offerId: string }> };

export default async function NewSchedulePage({ params }: Props) {
  const { centre: slug, offerId } = await params;
  const centre = await requireCentre(slug, schedulesPolicy.manageSchedules);
  const offer = await getScheduledOffer(centre, offerId);
  if (!offer) notFound();
  const venues = await venueOptions(centre);
  const back = `/${centre.slug}/staff/offers/${offer.id}`;
  // The offer's usual place, if it is still in use.
  const venueId = venues.some((v) => v.value === offer.defaultVenueId) ? offer.defaultVenueId : null;
  return (
    <>
      <BackLink href={back}>Wróć do oferty</BackLink>
      <PageHeader title="Nowy harmonogram" caption={offer.name}>
        <p>Kiedy i gdzie odbywają się spotkania. Mieszkańcy zobaczą go na stronie ośrodka.</p>
      </PageHeader>
      {offer.archivedAt ? (
        <Notice tone="warning" title="Ta oferta jest w archiwum">
          Przywróć ją na stronie oferty, zanim zaplanujesz spotkania.
        </Notice>
      ) : (
        <ScheduleForm
          offerId={offer.id}
          initial={newScheduleValues(localDate(new Date(), centre.timeZone), venueId)}
          venues={venues}
          backHref={back}
          horizonWeeks={HORIZON_WEEKS}
        />
      )}
    </>
  );
}

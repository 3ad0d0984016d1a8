import type { Metadata } from "next";
import { isId } from "@/server/validation";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { HoursForm } from "@/features/volunteer-tasks/components/hours-form";
import { HOURS_LABELS, hoursText, whenText } from "@/features/volunteer-tasks/labels";
import { myTaskForHours } from "@/features/volunteer-tasks/own-data";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Wpisz godziny" };

export default async function LogHoursPage({ params }: { params: Promise<{ centre: string; taskId: string }> }) {
  const { centre: slug, taskId } = await params;
  const centre = await requireCentre(slug, volunteerTasksPolicy.own);
  if (!isId(taskId)) notFound();
  const data = await myTaskForHours(centre, taskId);
  if (!data) notFound();
  const back = `/${centre.slug}/staff/my-tasks`;
  const s = data.task.session;
  return (
    <>
      <p className="mb-6">
        <Link href={back} className="inline-block py-2 text-blue-800 underline">
          Wróć do moich zadań
        </Link>
      </p>
      <PageHeader title="Wpisz godziny" caption={data.task.role}>
        <p className="first-letter:uppercase">{whenText(s, centre.timeZone)}</p>
        <p>
          {s.offer.name}
          {s.venue ? `, ${s.venue.name}` : ""}
        </p>
      </PageHeader>
      {data.logged ? (
        <Notice title={`Godziny za to zadanie są już wpisane: ${hoursText(data.logged.minutes)} (${HOURS_LABELS[data.logged.status].toLowerCase()}).`} />
      ) : !data.started ? (
        <Notice title="To zadanie jeszcze się nie odbyło: godziny wpiszesz po nim." />
      ) : (
        <HoursForm taskId={taskId} prefill={data.prefill} backHref={back} />
      )}
    </>
  );
}

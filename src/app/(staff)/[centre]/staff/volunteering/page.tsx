import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { PendingHours } from "@/features/volunteer-tasks/components/pending-hours";
import { TaskCard } from "@/features/volunteer-tasks/components/task-card";
import { pendingHours, upcomingTasks, volunteerMeetings } from "@/features/volunteer-tasks/data";
import { whenText } from "@/features/volunteer-tasks/labels";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Zadania wolontariuszy" };

export default async function VolunteeringPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, volunteerTasksPolicy.manage);
  const [tasks, meetings, hours] = await Promise.all([upcomingTasks(centre), volunteerMeetings(centre), pendingHours(centre)]);
  const base = `/${centre.slug}/staff`;
  const lacking = tasks.filter((t) => t.lacking > 0);
  const zone = centre.timeZone;
  return (
    <>
      <PageHeader title="Zadania wolontariuszy" caption={centre.name}>
        <p>Zadania przy spotkaniach i wydarzeniach, zgłoszenia wolontariuszy i ich godziny.</p>
      </PageHeader>
      <p className="mb-8 flex flex-wrap gap-4">
        <Link href={`${base}/volunteering/new`} className="inline-block min-h-12 rounded bg-green-800 px-4 py-3 font-semibold text-white underline">
          Dodaj zadanie
        </Link>
        <Link href={`${base}/volunteering/hours`} className="inline-block min-h-12 py-3 text-blue-800 underline">
          Godziny, zestawienia i zaświadczenia
        </Link>
      </p>

      <section aria-labelledby="lacking" className="mb-10">
        <h2 id="lacking" className="mb-4 text-2xl font-bold">
          Brakuje wolontariuszy
        </h2>
        {lacking.length ? (
          <ul className="space-y-4">
            {lacking.map((t) => (
              <TaskCard key={t.id} task={t} base={base} zone={zone} />
            ))}
          </ul>
        ) : (
          <p>Wszystkie nadchodzące zadania mają komplet wolontariuszy.</p>
        )}
      </section>

      <section aria-labelledby="hours" className="mb-10">
        <h2 id="hours" className="mb-4 text-2xl font-bold">
          Godziny do zatwierdzenia
        </h2>
        <PendingHours rows={hours} />
      </section>

      <section aria-labelledby="meetings" className="mb-10">
        <h2 id="meetings" className="mb-4 text-2xl font-bold">
          Spotkania wolontariuszy
        </h2>
        {meetings.length ? (
          <ul className="space-y-3">
            {meetings.map((m) => (
              <li key={m.id} className="border-l-8 border-blue-800 bg-blue-50 p-4">
                <p className="font-semibold first-letter:uppercase">{whenText(m, zone)}</p>
                <p>
                  {m.offer.name}
                  {m.topic ? `: ${m.topic}` : ""}
                  {m.venue ? ` · ${m.venue.name}, ${m.venue.street}` : ""}
                </p>
                <Link href={`${base}/volunteering/new?sessionId=${m.id}`} className="mt-1 inline-block py-2 text-blue-800 underline">
                  Dodaj zadanie na to spotkanie
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>Klub wolontariusza nie ma zaplanowanych spotkań. Dodaj harmonogram w ofercie ośrodka.</p>
        )}
      </section>

      <section aria-labelledby="all" className="mb-10">
        <h2 id="all" className="mb-4 text-2xl font-bold">
          Wszystkie nadchodzące zadania
        </h2>
        {tasks.length ? (
          <ul className="space-y-4">
            {tasks.map((t) => (
              <TaskCard key={t.id} task={t} base={base} zone={zone} />
            ))}
          </ul>
        ) : (
          <p>Nie ma jeszcze zadań. Dodaj pierwsze.</p>
        )}
      </section>
    </>
  );
}

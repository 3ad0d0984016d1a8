import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { teamSummary } from "@/features/members/data";
import { sessionsOfWeek } from "@/features/schedules/data";
import { WeekList } from "@/features/schedules/components/week-list";
import { requireActor, requireCentre } from "@/server/page-guard";
import { ROLE_LABELS } from "@/server/roles";

export const metadata: Metadata = { title: "Start" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<{ tydzien?: string }> };

export default async function StaffHomePage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre);
  const actor = await requireActor();
  const offset = Math.max(-52, Math.min(52, Number.parseInt((await searchParams).tydzien ?? "0", 10) || 0));
  const [week, team] = await Promise.all([sessionsOfWeek(centre, new Date(), offset), centre.role === "ADMIN" ? teamSummary(centre) : null]);
  const base = `/${centre.slug}/staff`;
  return (
    <>
      <PageHeader title={`Dzień dobry, ${actor.name.split(" ")[0]}`} caption={`${centre.name} · ${ROLE_LABELS[centre.role]}`} />
      {team ? (
        <section aria-labelledby="team-summary" className="mb-10 border-l-8 border-blue-800 bg-blue-50 p-4">
          <h2 id="team-summary" className="text-xl font-bold">
            Zespół ośrodka
          </h2>
          <p>
            Aktywne konta: {team.active}. Zaproszenia czekające na przyjęcie: {team.openInvitations}.{" "}
            <Link href={`${base}/team`} className="text-blue-800 underline">
              Zarządzaj zespołem
            </Link>
          </p>
        </section>
      ) : null}
      <WeekList sessions={week.sessions} monday={week.monday} offset={offset} basePath={base} timeZone={centre.timeZone} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { TaskForm } from "@/features/volunteer-tasks/components/task-form";
import { coordinatorOptions, sessionOptions } from "@/features/volunteer-tasks/data";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Nowe zadanie dla wolontariuszy" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<{ sessionId?: string }> };

export default async function NewTaskPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, volunteerTasksPolicy.manage);
  const [sessions, coordinators] = await Promise.all([sessionOptions(centre), coordinatorOptions(centre)]);
  const wanted = (await searchParams).sessionId ?? "";
  const me = coordinators.find((c) => c.me);
  return (
    <>
      <p className="mb-6">
        <Link href={`/${centre.slug}/staff/volunteering`} className="text-blue-800 underline">
          Wróć do zadań wolontariuszy
        </Link>
      </p>
      <PageHeader title="Nowe zadanie dla wolontariuszy" caption={centre.name} />
      <TaskForm
        sessions={sessions}
        coordinators={coordinators.map(({ value, label }) => ({ value, label }))}
        initial={{ sessionId: sessions.some((s) => s.value === wanted) ? wanted : "", coordinatorId: me?.value ?? coordinators[0]?.value ?? "" }}
      />
    </>
  );
}

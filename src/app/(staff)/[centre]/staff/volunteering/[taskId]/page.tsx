import type { Metadata } from "next";
import { isId } from "@/server/validation";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCalendarDate, formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { decideSignupAction, removeAssignmentAction } from "@/features/volunteer-tasks/actions";
import { ActionButton } from "@/features/volunteer-tasks/components/action-button";
import { AssignForm } from "@/features/volunteer-tasks/components/assign-form";
import { PendingHours } from "@/features/volunteer-tasks/components/pending-hours";
import { getTask, pendingHours, volunteerOptions } from "@/features/volunteer-tasks/data";
import { HOURS_LABELS, hoursText, whenText } from "@/features/volunteer-tasks/labels";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Zadanie dla wolontariuszy" };

// A warning, not a refusal: see src/features/volunteer-tasks/agreements.ts.
const NO_AGREEMENT = "Brak porozumienia na dzień spotkania (wymagane, gdy wolontariat trwa dłużej niż 30 dni).";

type Props = { params: Promise<{ centre: string; taskId: string }>; searchParams: Promise<{ dodano?: string }> };

export default async function TaskPage({ params, searchParams }: Props) {
  const { centre: slug, taskId } = await params;
  const centre = await requireCentre(slug, volunteerTasksPolicy.manage);
  if (!isId(taskId)) notFound();
  const [task, volunteers, pending] = await Promise.all([getTask(centre, taskId), volunteerOptions(centre), pendingHours(centre, taskId)]);
  if (!task) notFound();
  const zone = centre.timeZone;
  // The volunteer register (profiles with the check dates) is src/features/volunteers.
  const profiles = `/${centre.slug}/staff/volunteers`;
  const requested = task.assignments.filter((a) => a.status === "REQUESTED");
  const approved = task.assignments.filter((a) => a.status === "APPROVED");
  const onTask = new Set(approved.map((a) => a.volunteer.id));
  const checkedOnly = (v: { checked: boolean }) => !task.withChildren || v.checked;
  const options = volunteers.filter((v) => !onTask.has(v.id) && checkedOnly(v)).map((v) => ({ value: v.id, label: v.name }));
  const unchecked = task.withChildren ? volunteers.filter((v) => !v.checked).length : 0;
  const decided = task.hours.filter((h) => h.status !== "PENDING");
  const details: [string, string][] = [
    ["Kiedy", whenText(task.session, zone)],
    ["Gdzie", task.session.venue ? `${task.session.venue.name}, ${task.session.venue.street}` : "Do ustalenia"],
    ["Przy czym", `${task.session.offer.name}${task.session.topic ? `: ${task.session.topic}` : ""}`],
    ["Potrzeba", `${task.needed} (przydzielonych: ${task.approved}${task.lacking ? `, brakuje: ${task.lacking}` : ", komplet"})`],
    ["Z udziałem dzieci", task.withChildren ? "Tak: tylko wolontariusze ze sprawdzeniem w rejestrze i zaświadczeniem o niekaralności" : "Nie"],
    ["Zgłoszenia", task.openForSignup ? "Wolontariusze mogą się zgłaszać" : "Tylko przydział przez koordynatora"],
    ["Rezygnacja do", task.withdrawUntil ? formatDateTime(task.withdrawUntil, zone) : "Rozpoczęcia spotkania"],
    ["Koordynator", task.coordinator ? `${task.coordinator.name} (${task.coordinator.workEmail})` : "—"],
  ];
  return (
    <>
      <p className="mb-6">
        <Link href={`/${centre.slug}/staff/volunteering`} className="text-blue-800 underline">
          Wróć do zadań wolontariuszy
        </Link>
      </p>
      {(await searchParams).dodano ? (
        <div role="status">
          <Notice tone="success" title="Zadanie zostało dodane." />
        </div>
      ) : null}
      <PageHeader title={task.role} caption="Zadanie dla wolontariuszy">
        {task.description ? <p>{task.description}</p> : null}
      </PageHeader>
      <dl className="mb-10 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        {details.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="mb-2 first-letter:uppercase sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="requests" className="mb-10">
        <h2 id="requests" className="mb-4 text-2xl font-bold">
          Zgłoszenia do decyzji
        </h2>
        {requested.length ? (
          <ul className="space-y-4">
            {requested.map((a) => {
              const who = `${a.volunteer.firstName} ${a.volunteer.lastName}`;
              const checked = Boolean(a.volunteer.registerCheckOn && a.volunteer.criminalRecordOn);
              return (
                <li key={a.id} className="border-l-8 border-amber-600 bg-white p-4 shadow-sm">
                  <p className="font-bold">
                    <Link href={`${profiles}/${a.volunteer.id}`} className="text-blue-800 underline">
                      {who}
                    </Link>
                  </p>
                  <p>Zgłoszenie z {formatDateTime(a.createdAt, zone)}</p>
                  {task.withChildren && !checked ? (
                    <p className="font-semibold text-red-800">Brak dat sprawdzeń: nie można przyjąć do zadania z dziećmi.</p>
                  ) : null}
                  {a.agreementMissing ? <p className="font-semibold text-amber-900">{NO_AGREEMENT}</p> : null}
                  <div className="mt-3 flex flex-wrap gap-3">
                    <ActionButton action={decideSignupAction} fields={{ assignmentId: a.id, decision: "APPROVED" }} label="Przyjmij" context={who} />
                    <ActionButton
                      action={decideSignupAction}
                      fields={{ assignmentId: a.id, decision: "DECLINED" }}
                      label="Odrzuć"
                      context={who}
                      variant="secondary"
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>Nie ma zgłoszeń czekających na decyzję.</p>
        )}
      </section>

      <section aria-labelledby="approved" className="mb-10">
        <h2 id="approved" className="mb-4 text-2xl font-bold">
          Przydzieleni wolontariusze
        </h2>
        {approved.length ? (
          <ul className="mb-6 space-y-1">
            {approved.map((a) => (
              <li key={a.id}>
                <Link href={`${profiles}/${a.volunteer.id}`} className="text-blue-800 underline">
                  {a.volunteer.firstName} {a.volunteer.lastName}
                </Link>
                {a.volunteer.phone ? `, tel. ${a.volunteer.phone}` : ""}
                {a.agreementMissing ? <p className="font-semibold text-amber-900">{NO_AGREEMENT}</p> : null}
                <div className="mt-2 mb-4">
                  <ActionButton
                    action={removeAssignmentAction}
                    fields={{ assignmentId: a.id }}
                    label="Zdejmij z zadania"
                    context={`${a.volunteer.firstName} ${a.volunteer.lastName}`}
                    variant="secondary"
                  />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-6">Nikt nie jest jeszcze przydzielony.</p>
        )}
        {task.lacking > 0 ? (
          <>
            <h3 className="mb-2 text-xl font-bold">Przydziel wolontariusza</h3>
            {unchecked ? (
              <p className="mb-4">
                Lista nie obejmuje {unchecked} {unchecked === 1 ? "osoby" : "osób"} bez dat sprawdzenia w rejestrze i zaświadczenia o niekaralności.
              </p>
            ) : null}
            <AssignForm taskId={task.id} volunteers={options} />
          </>
        ) : (
          <p>Zadanie ma komplet wolontariuszy.</p>
        )}
      </section>

      <section aria-labelledby="task-hours" className="mb-10">
        <h2 id="task-hours" className="mb-4 text-2xl font-bold">
          Godziny za to zadanie
        </h2>
        <PendingHours rows={pending} />
        {decided.length ? (
          <ul className="mt-4 list-disc space-y-1 pl-6">
            {decided.map((h) => (
              <li key={h.id}>
                {h.volunteer.firstName} {h.volunteer.lastName}, {formatCalendarDate(h.workedOn)}: {hoursText(h.minutes)} – {HOURS_LABELS[h.status]}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

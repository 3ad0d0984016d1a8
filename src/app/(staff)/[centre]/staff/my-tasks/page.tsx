import type { Metadata } from "next";
import Link from "next/link";
import { formatCalendarDate, formatDateLong, formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { signUpAction, withdrawAction } from "@/features/volunteer-tasks/actions";
import { ActionButton } from "@/features/volunteer-tasks/components/action-button";
import { HOURS_LABELS, hoursText, whenText } from "@/features/volunteer-tasks/labels";
import { NO_PROFILE } from "@/features/volunteer-tasks/me";
import { myTasks, type MyTasks } from "@/features/volunteer-tasks/own-data";
import { volunteerTasksPolicy } from "@/features/volunteer-tasks/policy";
import { requireCentre } from "@/server/page-guard";
import { dbDate } from "@/server/time";

export const metadata: Metadata = { title: "Moje zadania" };

type Task = Omit<MyTasks["open"][number], "lacking" | "mayJoin">;

function TaskFacts({ task, zone }: { task: Task; zone: string }) {
  const s = task.session;
  return (
    <dl className="mt-2 space-y-1">
      <div>
        <dt className="inline font-semibold">Kiedy: </dt>
        <dd className="inline">{whenText(s, zone)}</dd>
      </div>
      <div>
        <dt className="inline font-semibold">Gdzie: </dt>
        <dd className="inline">{s.venue ? `${s.venue.name}, ${s.venue.street}, ${s.venue.city}` : "Miejsce poda koordynator"}</dd>
      </div>
      <div>
        <dt className="inline font-semibold">Przy czym: </dt>
        <dd className="inline">
          {s.offer.name}
          {s.topic ? `: ${s.topic}` : ""}
        </dd>
      </div>
      {task.description ? (
        <div>
          <dt className="inline font-semibold">Co robimy: </dt>
          <dd className="inline">{task.description}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function Contact({ coordinator, officePhone }: { coordinator: Task["coordinator"]; officePhone: string | null }) {
  if (!coordinator && !officePhone) return null;
  return (
    <p className="mt-2">
      <span className="font-semibold">Kontakt: </span>
      {coordinator ? (
        <>
          {coordinator.name},{" "}
          <a href={`mailto:${coordinator.workEmail}`} className="inline-block py-1 break-all text-blue-800 underline">
            {coordinator.workEmail}
          </a>
        </>
      ) : null}
      {officePhone ? (
        <>
          {coordinator ? ", " : ""}
          tel.{" "}
          <a href={`tel:${officePhone.replace(/\s/g, "")}`} className="inline-block py-1 text-blue-800 underline">
            {officePhone}
          </a>
        </>
      ) : null}
    </p>
  );
}

export default async function MyTasksPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, volunteerTasksPolicy.own);
  const data = await myTasks(centre);
  const zone = centre.timeZone;
  const base = `/${centre.slug}/staff/my-tasks`;
  if (!data) {
    return (
      <>
        <PageHeader title="Moje zadania" caption={centre.name} />
        <Notice title={NO_PROFILE} />
      </>
    );
  }
  return (
    <>
      <PageHeader title="Moje zadania" caption={centre.name} />

      {data.toLog.length ? (
        <section aria-labelledby="to-log" className="mb-10 border-l-8 border-amber-600 bg-amber-50 p-4">
          <h2 id="to-log" className="mb-2 text-xl font-bold">
            Wpisz godziny
          </h2>
          <ul className="space-y-2">
            {data.toLog.map((t) => (
              <li key={t.taskId}>
                <Link href={`${base}/${t.taskId}`} className="inline-block py-2 text-lg text-blue-800 underline">
                  {t.role}, {formatDateLong(t.startsAt, zone)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="upcoming" className="mb-10">
        <h2 id="upcoming" className="mb-4 text-2xl font-bold">
          Najbliższe zadania
        </h2>
        {data.upcoming.length ? (
          <ul className="space-y-4">
            {data.upcoming.map((u) => (
              <li key={u.assignmentId} className={`border-l-8 bg-white p-4 shadow-sm ${u.status === "APPROVED" ? "border-green-800" : "border-amber-600"}`}>
                <h3 className="text-lg font-bold">{u.task.role}</h3>
                <p className="font-semibold">{u.status === "APPROVED" ? "Jesteś przydzielony" : "Zgłoszenie czeka na potwierdzenie koordynatora"}</p>
                <TaskFacts task={u.task} zone={zone} />
                <Contact coordinator={u.task.coordinator} officePhone={data.officePhone} />
                {u.canWithdraw ? (
                  <div className="mt-3">
                    {u.task.withdrawUntil ? <p className="mb-2">Możesz zrezygnować do {formatDateTime(u.task.withdrawUntil, zone)}.</p> : null}
                    <ActionButton
                      action={withdrawAction}
                      fields={{ assignmentId: u.assignmentId }}
                      label="Rezygnuję"
                      context={u.task.role}
                      variant="secondary"
                    />
                  </div>
                ) : (
                  <p className="mt-2">Termin rezygnacji minął: jeśli nie możesz przyjść, skontaktuj się z koordynatorem.</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>Nie masz zaplanowanych zadań.</p>
        )}
      </section>

      <section aria-labelledby="open" className="mb-10">
        <h2 id="open" className="mb-4 text-2xl font-bold">
          Można się zgłosić
        </h2>
        {data.open.length ? (
          <ul className="space-y-4">
            {data.open.map((t) => (
              <li key={t.id} className="border-l-8 border-blue-800 bg-white p-4 shadow-sm">
                <h3 className="text-lg font-bold">{t.role}</h3>
                <p>Brakuje: {t.lacking}</p>
                <TaskFacts task={t} zone={zone} />
                <Contact coordinator={t.coordinator} officePhone={data.officePhone} />
                <div className="mt-3">
                  {t.mayJoin ? (
                    <ActionButton action={signUpAction} fields={{ taskId: t.id }} label="Zgłaszam się" context={t.role} pendingText="Wysyłanie…" />
                  ) : (
                    <p>Zadanie z udziałem dzieci: potrzebne są sprawdzenie w rejestrze i zaświadczenie o niekaralności. Porozmawiaj z koordynatorem.</p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>Teraz nie ma otwartych zadań. Zajrzyj później.</p>
        )}
      </section>

      <section aria-labelledby="meetings" className="mb-10">
        <h2 id="meetings" className="mb-4 text-2xl font-bold">
          Spotkania wolontariuszy
        </h2>
        {data.meetings.length ? (
          <ul className="space-y-2">
            {data.meetings.map((m) => (
              <li key={m.sessionId}>
                <span className="font-semibold first-letter:uppercase">{whenText(m, zone)}</span>
                {m.venue ? `, ${m.venue.name}, ${m.venue.street}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>Termin najbliższego spotkania poda koordynator.</p>
        )}
      </section>

      <section aria-labelledby="my-hours" className="mb-10">
        <h2 id="my-hours" className="mb-4 text-2xl font-bold">
          Moje godziny w {data.year} roku
        </h2>
        <p className="mb-4 text-lg">
          Zatwierdzone: <strong>{hoursText(data.hours.approved)}</strong>. Czekają na zatwierdzenie: <strong>{hoursText(data.hours.pending)}</strong>.
        </p>
        {data.hours.records.length ? (
          <ul className="space-y-1">
            {data.hours.records.map((h) => (
              <li key={h.id}>
                {formatCalendarDate(dbDate(h.workedOn))}: {hoursText(h.minutes)}
                {h.role ? `, ${h.role}` : ""} – {HOURS_LABELS[h.status]}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

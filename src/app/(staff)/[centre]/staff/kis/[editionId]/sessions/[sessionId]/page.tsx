// One session's register: every participant on one screen, "Wszyscy obecni" then the exceptions,
// who marked, the corrections made since and the session's attendance rate.
import { TableHead } from "@/components/ui/table-head";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDateLong, formatDateTime, formatTimeRange } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { RegisterForm } from "@/features/attendance/components/register-form";
import { sessionRegister } from "@/features/attendance/data";
import { ATTENDANCE_LABELS, SESSION_KIND_LABELS } from "@/features/attendance/labels";
import { monthOf } from "@/features/attendance/month";
import { attendancePolicy } from "@/features/attendance/policy";
import { requireCentre } from "@/server/page-guard";

type Props = { params: Promise<{ centre: string; editionId: string; sessionId: string }> };

const load = cache(async (slug: string, editionId: string, sessionId: string) => {
  const centre = await requireCentre(slug, attendancePolicy.view);
  return { centre, register: await sessionRegister(centre, editionId, sessionId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { centre, editionId, sessionId } = await params;
  const { register } = await load(centre, editionId, sessionId);
  return { title: register ? `Lista obecności: ${register.day}` : "Lista obecności" };
}

export default async function SessionRegisterPage({ params }: Props) {
  const { centre: slug, editionId, sessionId } = await params;
  const { centre, register } = await load(slug, editionId, sessionId);
  if (!register) notFound();
  const { session, tally, rate } = register;
  const base = `/${centre.slug}/staff/kis/${editionId}`;
  const zone = centre.timeZone;
  return (
    <>
      <PageHeader
        title="Lista obecności"
        caption={`${SESSION_KIND_LABELS[session.kind]} · ${formatDateLong(session.startsAt, zone)}, ${formatTimeRange(session.startsAt, session.endsAt, zone)}`}
      >
        <p>
          {session.topic ?? "Zajęcia bez tematu"}
          {session.leader ? ` · prowadzi: ${session.leader}` : ""}
          {session.venue ? ` · ${session.venue.name}` : ""}
        </p>
      </PageHeader>

      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`${base}/sessions/${session.id}/print`} className="text-blue-800 underline">
            Lista obecności do druku (z miejscem na podpisy)
          </Link>
        </li>
        <li>
          <Link href={`${base}/attendance/${monthOf(register.day)}`} className="text-blue-800 underline">
            Obecność w całym miesiącu
          </Link>
        </li>
      </ul>

      <section aria-labelledby="rate-heading" className="mb-8">
        <h2 id="rate-heading" className="text-xl font-bold text-slate-900">
          Frekwencja
        </h2>
        {tally && rate !== null ? (
          <p className="mt-1 text-lg">
            <strong>{rate}%</strong> obecnych: {tally.present} z {tally.marked} · usprawiedliwieni: {tally.excused} · nieobecni: {tally.absent}
          </p>
        ) : (
          <p className="mt-1">Lista nie jest jeszcze wypełniona.</p>
        )}
      </section>

      <section aria-labelledby="register-heading" className="mb-10">
        <h2 id="register-heading" className="mb-4 text-xl font-bold text-slate-900">
          Uczestnicy ({register.rows.length})
        </h2>
        {session.status === "CANCELLED" ? (
          <Notice tone="warning" title="Zajęcia odwołane">
            {session.cancelReason ? <p>{session.cancelReason}</p> : null}
            <p>Dla odwołanych zajęć nie prowadzi się listy obecności.</p>
          </Notice>
        ) : register.rows.length === 0 ? (
          <p>W dniu tych zajęć nikt nie uczestniczył w tej edycji (żaden okres udziału nie obejmuje tego dnia).</p>
        ) : register.canMark ? (
          <RegisterForm sessionId={session.id} rows={register.rows.map((r) => ({ ...r, markedAt: r.markedAt ? formatDateTime(r.markedAt, zone) : null }))} />
        ) : (
          <>
            <Notice title="Obecność zaznacza się w dniu zajęć albo później.">
              <p>Poniżej osoby, które będą na liście.</p>
            </Notice>
            <ol className="list-decimal pl-6">
              {register.rows.map((r) => (
                <li key={r.participantId}>{r.name}</li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="changes-heading" className="mb-10">
        <h2 id="changes-heading" className="mb-2 text-xl font-bold text-slate-900">
          Historia poprawek
        </h2>
        {register.changes.length === 0 ? (
          <p>Nikt nie poprawiał zaznaczeń na tej liście.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Poprawki zaznaczeń, od najnowszej</caption>
              <TableHead columns={["Kiedy", "Uczestnik", "Było", "Jest", "Kto poprawił"]} />
              <tbody>
                {register.changes.map((c) => (
                  <tr key={c.id} className="border-b border-slate-300">
                    <td className="py-2 pr-4">{formatDateTime(c.at, zone)}</td>
                    <td className="py-2 pr-4">{c.name}</td>
                    <td className="py-2 pr-4">{ATTENDANCE_LABELS[c.from]}</td>
                    <td className="py-2 pr-4">{ATTENDANCE_LABELS[c.to]}</td>
                    <td className="py-2 pr-4">{c.by}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

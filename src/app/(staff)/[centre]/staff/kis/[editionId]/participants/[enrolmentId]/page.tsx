// One participant of the edition: their individual period, attendance and status; while they take
// part, changing the period and ending participation (which issues the certificate); afterwards the
// certificate and the outcomes after KIS.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { LeaveSection } from "@/features/completion/components/leave-form";
import { Outcomes } from "@/features/completion/components/outcomes";
import { PeriodForm } from "@/features/completion/components/period-form";
import { participantDetail } from "@/features/completion/data";
import { certificateNumber, LEAVE_REASON_LABELS, OUTCOME_LABELS, PARTICIPANT_STATUS_LABELS } from "@/features/completion/labels";
import { completionPolicy } from "@/features/completion/policy";
import { getEdition } from "@/features/editions/data";
import { editionTitle } from "@/features/editions/edition-name";
import { requireCentre } from "@/server/page-guard";
import { fromDbDate, localDate } from "@/server/time";

export const metadata: Metadata = { title: "Uczestnik KIS" };

type Props = { params: Promise<{ centre: string; editionId: string; enrolmentId: string }> };

const button = "inline-block rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0b0c0c] hover:bg-slate-300";

export default async function ParticipantPage({ params }: Props) {
  const { centre: slug, editionId, enrolmentId } = await params;
  const centre = await requireCentre(slug, completionPolicy.view);
  const edition = await getEdition(centre, editionId);
  if (!edition) notFound();
  const p = await participantDetail(centre, edition.id, enrolmentId);
  if (!p) notFound();
  const name = `${p.participant.firstName} ${p.participant.lastName}`;
  const base = `/${centre.slug}/staff/kis/${edition.id}/participants`;
  const today = localDate(new Date(), centre.timeZone);
  const number = certificateNumber(p);
  const contract = p.contract ? `${formatCalendarDate(p.contract.periodStart)} – ${formatCalendarDate(p.contract.periodEnd)}` : null;
  return (
    <>
      <p className="mb-4">
        <Link href={base} className="text-blue-800 underline">
          Wszyscy uczestnicy
        </Link>
      </p>
      <PageHeader title={name} caption={editionTitle(edition)} />
      <dl className="mb-10 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Stan</dt>
        <dd>
          {PARTICIPANT_STATUS_LABELS[p.status]}
          {p.leaveReason && p.leftOn ? ` (${LEAVE_REASON_LABELS[p.leaveReason]}, ${formatCalendarDate(p.leftOn)})` : ""}
          {p.leaveNote ? ` – ${p.leaveNote}` : ""}
        </dd>
        <dt className="font-semibold">Kontakt</dt>
        <dd>{[p.participant.phone, p.participant.email].filter(Boolean).join(", ") || "—"}</dd>
        <dt className="font-semibold">Okres uczestnictwa</dt>
        <dd>
          {p.periodStart ? formatCalendarDate(p.periodStart) : "—"} – {p.periodEnd ? formatCalendarDate(p.periodEnd) : "—"}
        </dd>
        {contract ? (
          <>
            <dt className="font-semibold">Kontrakt socjalny</dt>
            <dd>{contract}</dd>
          </>
        ) : null}
        <dt className="font-semibold">Frekwencja</dt>
        <dd>{p.rate === null || !p.tally ? "brak oznaczeń" : `${p.rate}% (obecność na ${p.tally.present} z ${p.tally.marked} zajęć)`}</dd>
      </dl>

      {p.status === "ENROLLED" ? (
        <section aria-labelledby="period-heading" className="mb-12">
          <h2 id="period-heading" className="mb-4 text-2xl font-bold text-slate-900">
            Okres uczestnictwa
          </h2>
          <PeriodForm
            editionId={edition.id}
            enrolmentId={p.id}
            start={p.periodStart ? fromDbDate(p.periodStart) : fromDbDate(edition.startsOn)}
            end={p.periodEnd ? fromDbDate(p.periodEnd) : fromDbDate(edition.endsOn)}
            hint={`Okres indywidualny (art. 18 ust. 5) mieści się w edycji (${formatCalendarDate(edition.startsOn)} – ${formatCalendarDate(edition.endsOn)})${contract ? ` i w okresie kontraktu socjalnego (${contract})` : ""}.`}
          />
        </section>
      ) : null}
      {/* Always rendered here: after leaving it keeps showing what was issued. */}
      <LeaveSection editionId={edition.id} enrolmentId={p.id} today={today} enrolled={p.status === "ENROLLED"} />
      {p.status === "ENROLLED" ? null : (
        <>
          <section aria-labelledby="certificate-heading" className="mb-12">
            <h2 id="certificate-heading" className="mb-2 text-2xl font-bold text-slate-900">
              Zaświadczenie o uczestnictwie
            </h2>
            {number && p.certificateIssuedOn ? (
              <>
                <p className="mb-4">
                  Nr {number}, wydane {formatCalendarDate(p.certificateIssuedOn)} (art. 18 ust. 5a ustawy o zatrudnieniu socjalnym).
                </p>
                {/* A file, not a page: a plain link. */}
                <a href={`${base}/${p.id}/certificate`} className={button}>
                  Pobierz zaświadczenie nr {number} (PDF)
                </a>
              </>
            ) : (
              <p>Zaświadczenie nie zostało wydane.</p>
            )}
          </section>
          <section aria-labelledby="outcomes-heading" className="mb-12">
            <h2 id="outcomes-heading" className="mb-4 text-2xl font-bold text-slate-900">
              Efekty po zakończeniu KIS
            </h2>
            <Outcomes
              editionId={edition.id}
              enrolmentId={p.id}
              today={today}
              outcomes={p.outcomes.map((o) => ({ id: o.id, label: OUTCOME_LABELS[o.kind], date: formatCalendarDate(o.achievedOn), note: o.note }))}
            />
          </section>
        </>
      )}
    </>
  );
}

// An edition's settings: places, its step (planned → recruiting → running → finished), cycles and team.
import { TableHead } from "@/components/ui/table-head";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { CapacityForm, CyclesForm, RemoveMemberForm, StatusForm, TeamMemberForm } from "@/features/editions/components/settings-forms";
import { editionSettings, getEdition } from "@/features/editions/data";
import { EDITION_STATUS_HINTS, EDITION_STATUS_LABELS, EDITION_STEPS } from "@/features/editions/labels";
import { editionsPolicy } from "@/features/editions/policy";
import { requireCentre } from "@/server/page-guard";
import { fromDbDate } from "@/server/time";

export const metadata: Metadata = { title: "Cykle i zespół edycji KIS" };

type Props = { params: Promise<{ centre: string; editionId: string }>; searchParams: Promise<{ dodano?: string }> };

export default async function EditionSettingsPage({ params, searchParams }: Props) {
  const { centre: slug, editionId } = await params;
  const centre = await requireCentre(slug, editionsPolicy.manage);
  const edition = await getEdition(centre, editionId);
  if (!edition) notFound();
  const settings = await editionSettings(centre, edition.id);
  const step = EDITION_STEPS.indexOf(edition.status);
  const next = EDITION_STEPS[step + 1];
  const added = (await searchParams).dodano === "1";
  return (
    <>
      <PageHeader title="Cykle i zespół" />
      {added ? (
        <Notice tone="success" title="Edycja została utworzona.">
          Teraz dodaj zespół, a w zakładce „Zajęcia i obecność” zaplanuj zajęcia cykli.
        </Notice>
      ) : null}

      <section aria-labelledby="places" className="mb-12">
        <h2 id="places" className="mb-2 text-2xl font-bold">
          Miejsca
        </h2>
        <p className="mb-4">
          Zajęte: {settings.taken} z {edition.capacity}. Na liście rezerwowej: {settings.waitlisted}.
        </p>
        <CapacityForm editionId={edition.id} capacity={edition.capacity} taken={settings.taken} />
      </section>

      <section aria-labelledby="status" className="mb-12">
        <h2 id="status" className="mb-2 text-2xl font-bold">
          Etap edycji
        </h2>
        <ol className="mb-4 list-decimal space-y-2 pl-6">
          {EDITION_STEPS.map((s, i) => (
            <li key={s} aria-current={s === edition.status ? "step" : undefined} className={s === edition.status ? "font-semibold" : ""}>
              {EDITION_STATUS_LABELS[s]}
              {s === edition.status ? " (obecny etap)" : i < step ? " (za nami)" : ""}: {EDITION_STATUS_HINTS[s]}
            </li>
          ))}
        </ol>
        {next ? <StatusForm editionId={edition.id} next={next} /> : <p>To ostatni etap edycji.</p>}
      </section>

      <section aria-labelledby="cycles" className="mb-12">
        <h2 id="cycles" className="mb-2 text-2xl font-bold">
          Cykle
        </h2>
        <p className="mb-4">
          Edycja trwa od {formatCalendarDate(edition.startsOn)} do {formatCalendarDate(edition.endsOn)}. Cykle mieszczą się w tym czasie i następują po sobie.
        </p>
        <CyclesForm
          editionId={edition.id}
          cycles={edition.cycles.map((c) => ({ id: c.id, number: c.number, startsOn: fromDbDate(c.startsOn), endsOn: fromDbDate(c.endsOn) }))}
        />
      </section>

      <section aria-labelledby="team" className="mb-12">
        <h2 id="team" className="mb-2 text-2xl font-bold">
          Zespół
        </h2>
        {settings.team.length === 0 ? (
          <p className="mb-6">Zespół edycji jest jeszcze pusty.</p>
        ) : (
          <div className="mb-8 overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Zespół edycji</caption>
              <TableHead columns={["Imię i nazwisko", "Funkcja", "Podstawa zatrudnienia", "Wymiar etatu", "Działania"]} />
              <tbody>
                {settings.team.map((t) => (
                  <tr key={t.id} className="border-b border-slate-300 align-top">
                    <td className="py-3 pr-4">
                      {t.name}
                      {t.email ? <span className="block text-slate-700">konto: {t.email}</span> : null}
                    </td>
                    <td className="py-3 pr-4">{t.function}</td>
                    <td className="py-3 pr-4">{t.basis ?? "–"}</td>
                    <td className="py-3 pr-4">{t.fte === null ? "–" : t.fte.toLocaleString("pl-PL")}</td>
                    <td className="py-3 pr-4">
                      <RemoveMemberForm editionId={edition.id} memberId={t.id} name={t.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="mb-4 text-xl font-bold">Dodaj osobę do zespołu</h3>
        <TeamMemberForm editionId={edition.id} staff={settings.staff} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { formatCalendarDate, formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { ArchiveVolunteerForm } from "@/features/volunteers/components/archive-volunteer-form";
import { Flags } from "@/features/volunteers/components/flags";
import { LinkAccountForm, UnlinkAccountForm } from "@/features/volunteers/components/link-account-form";
import { getVolunteer, linkableAccounts } from "@/features/volunteers/data";
import { SEX_LABELS } from "@/features/volunteers/labels";
import { volunteersPolicy } from "@/features/volunteers/policy";
import { requireCentre } from "@/server/page-guard";

type Props = { params: Promise<{ centre: string; volunteerId: string }>; searchParams: Promise<{ zapisano?: string }> };

const load = cache(async (slug: string, volunteerId: string) => {
  const centre = await requireCentre(slug, volunteersPolicy.view);
  return { centre, volunteer: await getVolunteer(centre, volunteerId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { centre, volunteerId } = await params;
  const { volunteer } = await load(centre, volunteerId);
  return { title: volunteer ? `${volunteer.firstName} ${volunteer.lastName}` : "Wolontariusz" };
}

const SAVED: Record<string, string> = { dodano: "Wolontariusz został dodany do rejestru.", zmiany: "Zmiany zostały zapisane." };

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-b border-slate-300 py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

const dateOr = (d: Date | null, none = "nie wpisano") => (d ? formatCalendarDate(d) : none);

export default async function VolunteerPage({ params, searchParams }: Props) {
  const { centre: slug, volunteerId } = await params;
  const { centre, volunteer: v } = await load(slug, volunteerId);
  if (!v) notFound();
  const accounts = v.userId || v.archivedAt ? [] : await linkableAccounts(centre);
  const account = v.membership ? `${v.membership.user.name} (${v.membership.user.email})` : null;
  const base = `/${centre.slug}/staff/volunteers`;
  const here = `${base}/${v.id}`;
  const name = `${v.firstName} ${v.lastName}`;
  const saved = SAVED[(await searchParams).zapisano ?? ""];
  // The agreement that ends last is the one in force (or the last one, if all have ended).
  const current = v.agreements.reduce<(typeof v.agreements)[number] | null>((m, a) => (!m || a.endsOn > m.endsOn ? a : m), null);
  return (
    <>
      <p className="mb-6">
        <Link href={base} className="text-blue-800 underline">
          Wszyscy wolontariusze
        </Link>
      </p>
      <PageHeader title={name} caption="Wolontariusz">
        <p>
          {v.age} lat (rok urodzenia {v.birthYear}){v.strand ? `, nurt: ${v.strand}` : ""}.
        </p>
        <Flags flags={v.flags} />
      </PageHeader>
      {saved ? <Notice tone="success" live title={saved} /> : null}
      {v.archivedAt ? (
        <Notice tone="warning" title={`W archiwum od ${formatDateTime(v.archivedAt, centre.timeZone)}`}>
          Wolontariusz nie jest na liście aktualnych. Możesz go przywrócić na dole strony.
        </Notice>
      ) : null}

      <ul className="mb-10 flex flex-wrap gap-x-6 gap-y-3">
        <li>
          <Link href={`${here}/edit`} className="font-semibold text-blue-800 underline">
            Zmień dane
          </Link>
        </li>
        <li>
          <Link href={`${here}/agreements`} className="font-semibold text-blue-800 underline">
            Porozumienia ({v.agreements.length})
          </Link>
        </li>
      </ul>

      <section aria-labelledby="details" className="mb-12 max-w-3xl">
        <h2 id="details" className="mb-4 text-2xl font-bold">
          Dane
        </h2>
        <dl>
          <Row term="Rok urodzenia">{v.birthYear}</Row>
          {v.needsConsent ? <Row term="Zgoda rodzica lub opiekuna">{dateOr(v.guardianConsentOn, "brak zgody")}</Row> : null}
          <Row term="Płeć">{v.sex ? SEX_LABELS[v.sex] : "nie podano"}</Row>
          <Row term="Telefon">{v.phone ?? "nie podano"}</Row>
          <Row term="E-mail">{v.email ?? "nie podano"}</Row>
          <Row term="Nurt">{v.strand ?? "nie przypisano"}</Row>
          <Row term="Umiejętności i zainteresowania">
            {v.skills.length ? (
              <ul className="list-disc pl-5">
                {v.skills.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            ) : (
              "nie wpisano"
            )}
          </Row>
          <Row term="Dostępność">{v.availability ?? "nie wpisano"}</Row>
          <Row term="Konto w systemie">{account ?? "bez konta"}</Row>
        </dl>
      </section>

      <section aria-labelledby="checks" className="mb-12 max-w-3xl">
        <h2 id="checks" className="mb-2 text-2xl font-bold">
          Sprawdzenia do pracy z dziećmi
        </h2>
        <p className="mb-4">Zapisujemy tylko daty sprawdzeń, nigdy ich treść.</p>
        <dl>
          <Row term="Rejestr Sprawców Przestępstw na Tle Seksualnym">{dateOr(v.registerCheckOn)}</Row>
          <Row term="Zaświadczenie o niekaralności">{dateOr(v.criminalRecordOn)}</Row>
        </dl>
      </section>

      <section aria-labelledby="agreement" className="mb-12 max-w-3xl">
        <h2 id="agreement" className="mb-4 text-2xl font-bold">
          Porozumienie wolontariackie
        </h2>
        {current ? (
          <p>
            Obecne porozumienie: od {formatCalendarDate(current.startsOn)} do {formatCalendarDate(current.endsOn)}, zakres: {current.scope}
          </p>
        ) : (
          <p>Brak porozumienia. Jest wymagane, gdy wolontariat trwa dłużej niż 30 dni.</p>
        )}
      </section>

      <section aria-labelledby="account" className="mb-12 max-w-3xl">
        <h2 id="account" className="mb-4 text-2xl font-bold">
          Konto w systemie
        </h2>
        {account ? (
          <>
            <p className="mb-4">Profil jest połączony z kontem {account}: ta osoba widzi swoje zadania i godziny w „Moje zadania”.</p>
            <UnlinkAccountForm volunteerId={v.id} account={account} />
          </>
        ) : v.archivedAt ? (
          <p>Wolontariusz jest w archiwum: przywróć go, aby połączyć profil z kontem.</p>
        ) : accounts.length ? (
          <>
            <p className="mb-4">Połącz profil z kontem, aby wolontariusz widział swoje zadania i godziny w „Moje zadania”.</p>
            <LinkAccountForm volunteerId={v.id} accounts={accounts} />
          </>
        ) : (
          <p>
            Nie ma kont wolontariuszy bez profilu. Najpierw zaproś tę osobę do ośrodka z rolą „wolontariusz” (zespół ośrodka), potem wróć tutaj, aby połączyć
            konto z profilem.
          </p>
        )}
      </section>

      <section aria-labelledby="archive" className="mb-12 max-w-3xl">
        <h2 id="archive" className="mb-4 text-2xl font-bold">
          {v.archivedAt ? "Przywrócenie" : "Archiwum"}
        </h2>
        <p className="mb-4">
          {v.archivedAt
            ? "Przywrócony wolontariusz wróci na listę aktualnych."
            : "Gdy wolontariusz przestaje pomagać, przenieś go do archiwum: zniknie z listy, a porozumienia i godziny zostaną."}
        </p>
        <ArchiveVolunteerForm volunteerId={v.id} name={name} archived={Boolean(v.archivedAt)} />
      </section>
    </>
  );
}

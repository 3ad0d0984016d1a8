// A new KIS edition of one of the centre's clubs.
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EditionForm } from "@/features/editions/components/edition-form";
import { kisClubChoices } from "@/features/editions/data";
import { editionsPolicy } from "@/features/editions/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Nowa edycja KIS" };

export default async function NewEditionPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, editionsPolicy.manage);
  const clubs = await kisClubChoices(centre);
  return (
    <>
      <p className="mb-4">
        <Link href={`/${centre.slug}/staff/kis`} className="text-blue-800 underline">
          Wszystkie edycje KIS
        </Link>
      </p>
      <PageHeader title="Nowa edycja KIS" caption={centre.name}>
        <p>Zespół i plan zajęć ustawisz po utworzeniu edycji.</p>
      </PageHeader>
      {clubs.length === 0 ? (
        <p>
          Ośrodek nie ma klubu integracji społecznej.{" "}
          <Link href={`/${centre.slug}/staff/offers/new`} className="text-blue-800 underline">
            Dodaj ofertę
          </Link>{" "}
          rodzaju „klub integracji społecznej”, a potem wróć tutaj.
        </p>
      ) : (
        <EditionForm clubs={clubs} />
      )}
    </>
  );
}

// Every page of an edition: which edition it is, its status and period, and the tabs of its parts.
// Each page below gives its own h1 and authorises itself too (a layout does not guard its pages).
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCalendarDate } from "@/components/ui/format";
import { EditionTabs } from "@/features/editions/components/edition-tabs";
import { getEdition } from "@/features/editions/data";
import { editionTitle } from "@/features/editions/edition-name";
import { EDITION_STATUS_LABELS } from "@/features/editions/labels";
import { editionsPolicy } from "@/features/editions/policy";
import { requireCentre } from "@/server/page-guard";

type Props = { children: React.ReactNode; params: Promise<{ centre: string; editionId: string }> };

export default async function EditionLayout({ children, params }: Props) {
  const { centre: slug, editionId } = await params;
  const centre = await requireCentre(slug, editionsPolicy.view);
  const edition = await getEdition(centre, editionId);
  if (!edition) notFound();
  const base = `/${centre.slug}/staff/kis/${edition.id}`;
  return (
    <>
      <p className="no-print mb-4">
        <Link href={`/${centre.slug}/staff/kis`} className="text-blue-800 underline">
          Wszystkie edycje KIS
        </Link>
      </p>
      <p className="no-print mb-4 text-lg text-slate-800">
        <span className="font-semibold">{editionTitle(edition)}</span> · {EDITION_STATUS_LABELS[edition.status]} · {formatCalendarDate(edition.startsOn)} –{" "}
        {formatCalendarDate(edition.endsOn)}
      </p>
      <EditionTabs base={base} />
      {children}
    </>
  );
}

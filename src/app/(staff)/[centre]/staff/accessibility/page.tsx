import type { Metadata } from "next";
import Link from "next/link";
import { formatCalendarDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { StatementForm } from "@/features/accessibility/components/statement-form";
import { getStatementForEditing } from "@/features/accessibility/data";
import { accessibilityPolicy } from "@/features/accessibility/policy";
import { requireCentre } from "@/server/page-guard";
import { fromDbDate } from "@/server/time";

export const metadata: Metadata = { title: "Deklaracja dostępności" };

export default async function AccessibilityStatementEditorPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, accessibilityPolicy.view);
  const { saved, statement: s } = await getStatementForEditing(centre);
  return (
    <>
      <PageHeader title="Deklaracja dostępności" caption={centre.name}>
        <p>
          Ustawa o dostępności cyfrowej wymaga, by ośrodek opublikował deklarację dostępności swoich stron w serwisie Razem i przeglądał ją co najmniej raz w
          roku. Mieszkańcy widzą ją w stopce każdej strony ośrodka.
        </p>
      </PageHeader>
      {saved ? (
        <p className="mb-6">
          Opublikowana {formatCalendarDate(s.publishedOn)}, ostatnio zaktualizowana {formatCalendarDate(s.updatedOn)}.
        </p>
      ) : (
        <Notice tone="warning" title="Deklaracja nie została jeszcze zapisana">
          <p>Mieszkańcy widzą teraz wersję przygotowaną z danych ośrodka. Sprawdź pola poniżej, popraw, co trzeba, i zapisz.</p>
        </Notice>
      )}
      <p className="mb-8">
        <Link href={`/${centre.slug}/accessibility`} className="text-blue-800 underline">
          Zobacz deklarację na stronie dla mieszkańców
        </Link>
      </p>
      <StatementForm
        initial={{
          status: s.status,
          nonAccessibleContent: s.nonAccessibleContent ?? "",
          preparedOn: fromDbDate(s.preparedOn),
          assessmentMethod: s.assessmentMethod,
          contactName: s.contactName,
          contactEmail: s.contactEmail,
          contactPhone: s.contactPhone ?? "",
          architecturalAccessibility: s.architecturalAccessibility ?? "",
        }}
      />
    </>
  );
}

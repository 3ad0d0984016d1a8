// Recruitment of a KIS edition: places taken of capacity, the referrals waiting for a decision
// (accept, waitlist, decline with a reason) and the waitlist in its order.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatCalendarDate, formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { getEdition } from "@/features/editions/data";
import { editionTitle } from "@/features/editions/edition-name";
import { DecisionBoard, type PersonView } from "@/features/recruitment/components/decision-board";
import { recruitmentBoard, type BoardPerson } from "@/features/recruitment/data";
import { recruitmentPolicy } from "@/features/recruitment/policy";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Rekrutacja do KIS" };

type Props = { params: Promise<{ centre: string; editionId: string }> };

export default async function RecruitmentPage({ params }: Props) {
  const { centre: slug, editionId } = await params;
  const centre = await requireCentre(slug, recruitmentPolicy.view);
  const edition = await getEdition(centre, editionId);
  if (!edition) notFound();
  const board = await recruitmentBoard(centre, edition.id);
  const view = (p: BoardPerson): PersonView => ({
    id: p.id,
    name: `${p.participant.firstName} ${p.participant.lastName}`,
    contact: [p.participant.phone, p.participant.email].filter(Boolean).join(", ") || null,
    referredBy: p.referredBy,
    referredAt: formatDateTime(p.referredAt, centre.timeZone),
    note: p.referralNote,
    proposedStart: p.periodStart ? formatCalendarDate(p.periodStart) : null,
    contractEnd: p.contract ? formatCalendarDate(p.contract.periodEnd) : null,
    waitlistedAt: p.waitlistedAt ? formatDateTime(p.waitlistedAt, centre.timeZone) : null,
    mayAccept: p.mayAccept,
  });
  const free = Math.max(0, edition.capacity - board.taken);
  return (
    <>
      <PageHeader title="Rekrutacja" caption={editionTitle(edition)}>
        <p>
          Miejsca:{" "}
          <strong>
            zajęte {board.taken} z {edition.capacity}
          </strong>
          {free > 0 ? `, wolne ${free}` : ", brak wolnych miejsc"}.
        </p>
      </PageHeader>
      <DecisionBoard
        editionId={edition.id}
        referred={board.referred.map(view)}
        waitlist={board.waitlist.map(view)}
        firstInLine={board.firstInLine}
        full={free === 0}
      />
    </>
  );
}

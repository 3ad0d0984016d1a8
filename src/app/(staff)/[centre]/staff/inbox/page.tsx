import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { InboxFilterNav } from "@/features/inbox/components/inbox-filter";
import { InboxList } from "@/features/inbox/components/inbox-list";
import { inboxCounts, listInbox } from "@/features/inbox/data";
import { inboxPolicy } from "@/features/inbox/policy";
import { inboxFilterOf } from "@/features/inbox/schema";
import { requireCentre } from "@/server/page-guard";

export const metadata: Metadata = { title: "Wiadomości od mieszkańców" };

type Props = { params: Promise<{ centre: string }>; searchParams: Promise<{ pokaz?: string | string[] }> };

export default async function InboxPage({ params, searchParams }: Props) {
  const centre = await requireCentre((await params).centre, inboxPolicy.view);
  const filter = inboxFilterOf((await searchParams).pokaz);
  const [messages, counts] = await Promise.all([listInbox(centre, filter), inboxCounts(centre)]);
  return (
    <>
      <PageHeader title="Wiadomości od mieszkańców" caption={centre.name}>
        <p>
          Pytania i zgłoszenia zmian wysłane ze stron oferty. Nowych wiadomości: {counts.unread}. Gdy sprawa jest załatwiona, oznacz to – wiadomość przejdzie do
          załatwionych.
        </p>
      </PageHeader>
      <InboxFilterNav base={`/${centre.slug}/staff/inbox`} current={filter} counts={counts} />
      <InboxList messages={messages} filter={filter} timeZone={centre.timeZone} total={counts[filter]} />
    </>
  );
}

import type { Metadata } from "next";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { AcceptInvitationForm } from "@/features/account/components/accept-invitation-form";
import { findOpenInvitation } from "@/features/account/data";
import { ROLE_LABELS } from "@/server/roles";

export const metadata: Metadata = { title: "Zaproszenie do zespołu", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findOpenInvitation(token);
  if (!invitation) {
    return (
      <div className="max-w-2xl">
        <PageHeader title="Ten link już nie działa" />
        <p className="text-lg">
          Zaproszenie wygasło (jest ważne 72 godziny), zostało już użyte albo zastąpione nowym. Poproś administratora swojego ośrodka o nowe zaproszenie.
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <PageHeader title="Dołącz do zespołu" caption={invitation.centre.name}>
        <p>
          Zaproszenie dla <strong>{invitation.email}</strong> w roli: <strong>{ROLE_LABELS[invitation.role]}</strong>.
        </p>
      </PageHeader>
      <Notice>Link jest ważny do {formatDateTime(invitation.expiresAt)} i działa tylko raz.</Notice>
      <AcceptInvitationForm token={token} name={invitation.name} hasAccount={invitation.hasAccount} />
    </div>
  );
}

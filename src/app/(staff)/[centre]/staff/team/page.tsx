import type { Metadata } from "next";
import { formatDateTime } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { InviteMemberForm } from "@/features/members/components/invite-member-form";
import { ChangeRoleForm, MemberStatusForm, RevokeInvitationForm } from "@/features/members/components/member-forms";
import { listOpenInvitations, listTeam } from "@/features/members/data";
import { membersPolicy } from "@/features/members/policy";
import { requireCentre } from "@/server/page-guard";
import { ALL_ROLES, ROLE_LABELS } from "@/server/roles";

export const metadata: Metadata = { title: "Zespół" };

const roleOptions = ALL_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export default async function TeamPage({ params }: { params: Promise<{ centre: string }> }) {
  const centre = await requireCentre((await params).centre, membersPolicy.view);
  const [team, invitations] = await Promise.all([listTeam(centre), listOpenInvitations(centre)]);
  return (
    <>
      <PageHeader title="Zespół ośrodka" caption={centre.name}>
        <p>Konta pracowników i wolontariuszy, ich role i zaproszenia.</p>
      </PageHeader>
      <section aria-labelledby="members" className="mb-12">
        <h2 id="members" className="mb-4 text-2xl font-bold">
          Osoby w zespole
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">Osoby w zespole, ich role i stan kont</caption>
            <thead>
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="py-2 pr-4">
                  Osoba
                </th>
                <th scope="col" className="py-2 pr-4">
                  Rola
                </th>
                <th scope="col" className="py-2 pr-4">
                  Konto
                </th>
              </tr>
            </thead>
            <tbody>
              {team.map((m) => (
                <tr key={m.id} className="border-b border-slate-300 align-top">
                  <td className="py-3 pr-4">
                    <span className="font-semibold">{m.user.name}</span>
                    <br />
                    <span className="text-slate-700">{m.user.email}</span>
                  </td>
                  <td className="py-3 pr-4">
                    {m.status === "ACTIVE" ? (
                      <ChangeRoleForm membershipId={m.id} role={m.role} roles={roleOptions} personName={m.user.name} />
                    ) : (
                      ROLE_LABELS[m.role]
                    )}
                  </td>
                  <td className="py-3 pr-4">
                    <p className="mb-1">{m.status === "ACTIVE" ? "aktywne" : "nieaktywne"}</p>
                    {m.userId !== centre.actorId ? (
                      <MemberStatusForm membershipId={m.id} active={m.status === "ACTIVE"} personName={m.user.name} />
                    ) : (
                      <p className="text-slate-700">(Ty)</p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {invitations.length ? (
        <section aria-labelledby="invitations" className="mb-12">
          <h2 id="invitations" className="mb-4 text-2xl font-bold">
            Zaproszenia czekające na przyjęcie
          </h2>
          <ul className="space-y-2">
            {invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-x-4">
                <span>
                  {i.name} ({i.email}), {ROLE_LABELS[i.role]}. Ważne do {formatDateTime(i.expiresAt, centre.timeZone)}.
                </span>
                <RevokeInvitationForm invitationId={i.id} personName={i.name} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="invite" className="max-w-xl">
        <h2 id="invite" className="mb-4 text-2xl font-bold">
          Zaproś osobę do zespołu
        </h2>
        <InviteMemberForm roles={roleOptions} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { listMyCentres } from "@/features/account/data";
import { StaffShell } from "@/features/account/components/staff-shell";
import { requireActor } from "@/server/page-guard";
import { ROLE_LABELS } from "@/server/roles";

export const metadata: Metadata = { title: "Wybierz ośrodek" };

/** Where sign-in lands: straight into the only centre, or a choice between several. */
export default async function ChooseCentrePage() {
  const actor = await requireActor();
  const centres = await listMyCentres(actor.userId);
  if (centres.length === 1) redirect(`/${centres[0].centre.slug}/staff`);
  return (
    <StaffShell userName={actor.name} home="/staff">
      <PageHeader title="Wybierz ośrodek">
        <p>Pracujesz dla kilku ośrodków. Dane każdego z nich są oddzielone.</p>
      </PageHeader>
      <ul className="space-y-4">
        {centres.map(({ centre, role }) => (
          <li key={centre.slug}>
            <Link href={`/${centre.slug}/staff`} className="text-xl font-semibold text-blue-800 underline">
              {centre.name}
            </Link>
            <p className="text-slate-700">
              {centre.city} · {ROLE_LABELS[role]}
            </p>
          </li>
        ))}
      </ul>
    </StaffShell>
  );
}

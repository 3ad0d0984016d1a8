import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/features/account/components/change-password-form";
import { SignOutEverywhereForm } from "@/features/account/components/sign-out-everywhere-form";
import { StaffShell } from "@/features/account/components/staff-shell";
import { requireActor } from "@/server/page-guard";

export const metadata: Metadata = { title: "Moje konto" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <StaffShell userName={actor.name} home="/staff">
      <PageHeader title="Moje konto">
        <p>
          {actor.name}, {actor.email}
        </p>
      </PageHeader>
      <section aria-labelledby="password" className="mb-12 max-w-xl">
        <h2 id="password" className="mb-4 text-2xl font-bold">
          Zmień hasło
        </h2>
        <p className="mb-4">Po zmianie hasła wszystkie Twoje sesje, także na innych urządzeniach, zostaną zakończone.</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions" className="max-w-xl">
        <h2 id="sessions" className="mb-4 text-2xl font-bold">
          Wyloguj ze wszystkich urządzeń
        </h2>
        <p className="mb-4">Przydaje się, gdy na innym urządzeniu (np. w pracy albo w zgubionym telefonie) nadal jesteś zalogowana lub zalogowany.</p>
        <SignOutEverywhereForm />
      </section>
    </StaffShell>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { LoginForm } from "@/features/account/components/login-form";
import { getActor } from "@/server/auth/session";
import { safeReturnPath } from "@/server/safe-redirect";

export const metadata: Metadata = { title: "Logowanie" };

const NOTICES: Record<string, string> = {
  joined: "Konto jest gotowe. Zaloguj się swoim adresem e-mail i hasłem.",
  passwordChanged: "Hasło zostało zmienione, a wszystkie sesje zakończone. Zaloguj się nowym hasłem.",
  everywhere: "Wylogowano ze wszystkich urządzeń.",
  signedOut: "Wylogowano.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const notice = params.joined
    ? NOTICES.joined
    : params.passwordChanged
      ? NOTICES.passwordChanged
      : params.signedOut === "everywhere"
        ? NOTICES.everywhere
        : params.signedOut
          ? NOTICES.signedOut
          : null;
  return (
    <div className="max-w-xl">
      <PageHeader title="Zaloguj się" caption="Dla pracowników i wolontariuszy ośrodków" />
      {notice ? <Notice tone="success" title={notice} /> : null}
      <LoginForm callbackUrl={callbackUrl} />
      <p className="mt-8 text-slate-700">
        Nie masz konta? Konto zakłada administrator Twojego ośrodka: dostaniesz od niego jednorazowy link do ustawienia hasła.
      </p>
    </div>
  );
}

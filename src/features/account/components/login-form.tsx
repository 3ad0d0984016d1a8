"use client";
import { useState, useTransition, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";

// One message for every failed sign-in: it must not tell anyone whether an address has an account.
const FAILED = "Nie udało się zalogować. Sprawdź adres e-mail i hasło. Po kilku nieudanych próbach logowanie jest na kilkanaście minut wstrzymane.";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  // Counts failures, so the summary is focused and announced again after each one.
  const [failures, setFailures] = useState(0);
  const [pending, startTransition] = useTransition();

  // Submitted by hand, not as a form action: React resets a form after its action, and the
  // address the person typed must stay.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
      if (!result || result.error) {
        setFailures((n) => n + 1);
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      {failures > 0 ? <ErrorSummary key={failures} message={FAILED} /> : null}
      <TextField name="email" label="Adres e-mail" type="email" autoComplete="username" required />
      <TextField name="password" label="Hasło" type="password" autoComplete="current-password" required />
      <button
        type="submit"
        aria-disabled={pending}
        className="rounded bg-green-800 px-5 py-2 text-lg font-semibold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900 aria-disabled:opacity-70"
      >
        {pending ? "Logowanie…" : "Zaloguj się"}
      </button>
    </form>
  );
}

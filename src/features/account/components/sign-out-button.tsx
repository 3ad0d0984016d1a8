"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ className }: { className?: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login?signedOut=1" })} className={className ?? "underline"}>
      Wyloguj się
    </button>
  );
}

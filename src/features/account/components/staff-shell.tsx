import Link from "next/link";
import type { ReactNode } from "react";
import type { NavLink } from "@/components/ui/nav-links";
import { PageMain, SiteHeader } from "@/components/ui/site-header";
import { SignOutButton } from "./sign-out-button";

/** The frame of every signed-in page. */
export function StaffShell({ userName, home, title, nav, children }: { userName: string; home: string; title?: string; nav?: NavLink[]; children: ReactNode }) {
  return (
    <>
      <SiteHeader
        home={home}
        title={title}
        nav={nav}
        aside={
          <>
            <Link href="/account" className="text-white underline">
              {userName}
              <span className="sr-only"> – moje konto</span>
            </Link>
            <SignOutButton className="text-white underline" />
          </>
        }
      />
      <PageMain>{children}</PageMain>
    </>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks, type NavLink } from "./nav-links";

/** The bar at the top of every page: the product, where you are, and navigation. */
export function SiteHeader({ home = "/", title, nav = [], aside }: { home?: string; title?: string; nav?: NavLink[]; aside?: ReactNode }) {
  return (
    <header className="bg-slate-900 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={home} className="text-2xl font-bold text-white no-underline">
          Razem
        </Link>
        {title ? <span className="text-lg">{title}</span> : null}
        {aside ? <div className="ml-auto flex flex-wrap items-center gap-4">{aside}</div> : null}
      </div>
      {nav.length ? <NavLinks links={nav} /> : null}
    </header>
  );
}

export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
      {children}
    </main>
  );
}

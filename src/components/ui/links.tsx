// Links that look like what they do: the page's main action (a green button), the way back to
// where the person came from, and the switch between current and archived records.
import Link from "next/link";
import type { ReactNode } from "react";

export const ACTION_LINK_CLASS = "inline-block rounded bg-green-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900";

/** The main thing to do on a page, e.g. "Dodaj miejsce": a link, since it opens a form page. */
export function ActionLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-8">
      <Link href={href} className={ACTION_LINK_CLASS}>
        {children}
      </Link>
    </p>
  );
}

/** "Wróć do …" above a page's title. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-6">
      <Link href={href} className="text-blue-800 underline">
        {children}
      </Link>
    </p>
  );
}

const tab = "rounded px-3 py-1 font-semibold underline aria-[current=page]:bg-slate-900 aria-[current=page]:text-white aria-[current=page]:no-underline";

/** Current or archived records of a list at `base` (the archive is `?archiwum=1`); people get their own words. */
export function ArchiveTabs({ base, archived, of = "things" }: { base: string; archived: boolean; of?: "things" | "people" }) {
  const [label, current, archive] =
    of === "people" ? ["Aktualni czy w archiwum", "Aktualni", "W archiwum"] : ["Aktualne czy archiwalne", "Aktualne", "Zarchiwizowane"];
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex gap-4">
        <li>
          <Link href={base} aria-current={archived ? undefined : "page"} className={tab}>
            {current}
          </Link>
        </li>
        <li>
          <Link href={`${base}?archiwum=1`} aria-current={archived ? "page" : undefined} className={tab}>
            {archive}
          </Link>
        </li>
      </ul>
    </nav>
  );
}

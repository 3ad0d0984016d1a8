"use client";
// The parts of an edition, as tabs under its title; the current one is marked for screen readers too.
import Link from "next/link";
import { usePathname } from "next/navigation";

export const EDITION_TABS = [
  { path: "", label: "Podsumowanie" },
  { path: "/recruitment", label: "Rekrutacja" },
  { path: "/participants", label: "Uczestnicy" },
  { path: "/sessions", label: "Zajęcia i obecność" },
  { path: "/settings", label: "Cykle i zespół" },
] as const;

export function EditionTabs({ base }: { base: string }) {
  const pathname = usePathname();
  // The longest tab path that the address starts with; the summary only when nothing else matches.
  const current = [...EDITION_TABS].reverse().find((t) => (t.path ? pathname.startsWith(base + t.path) : pathname === base))?.path;
  return (
    <nav aria-label="Części edycji" className="no-print mb-8 border-b-2 border-slate-300">
      <ul className="flex flex-wrap gap-x-2">
        {EDITION_TABS.map((t) => (
          <li key={t.path}>
            <Link
              href={base + t.path}
              aria-current={t.path === current ? "page" : undefined}
              className="-mb-0.5 inline-block border-b-4 border-transparent px-3 py-2 font-semibold text-blue-800 underline aria-[current=page]:border-slate-900 aria-[current=page]:text-slate-900 aria-[current=page]:no-underline"
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

/** Main navigation; the link of the current section is marked for sight and for screen readers. */
export function NavLinks({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  const current = links.reduce<string | null>(
    (best, l) => ((pathname === l.href || pathname.startsWith(`${l.href}/`)) && l.href.length > (best?.length ?? 0) ? l.href : best),
    null,
  );
  return (
    <nav aria-label="Menu główne" className="border-t border-slate-700">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4 py-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className="font-semibold text-white underline decoration-2 aria-[current=page]:decoration-yellow-300 aria-[current=page]:decoration-4"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";
// Links to this same page in the other languages: Polish has no prefix, the others /uk and /en.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

export type LanguageOption = { code: string; name: string; prefix: string };

export function LanguageSwitcher({ label, current, options }: { label: string; current: string; options: LanguageOption[] }) {
  const pathname = usePathname() ?? "/";
  const query = useSearchParams()?.toString();
  const prefixes = options.map((o) => o.prefix).filter(Boolean);
  const bare = prefixes.reduce((p, prefix) => (p === prefix ? "/" : p.startsWith(`${prefix}/`) ? p.slice(prefix.length) : p), pathname);
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3">
        {options.map((o) => {
          const href = `${o.prefix}${bare === "/" && o.prefix ? "" : bare}${query ? `?${query}` : ""}`;
          return (
            <li key={o.code}>
              <Link
                href={href || "/"}
                lang={o.code}
                hrefLang={o.code}
                aria-current={o.code === current ? "true" : undefined}
                className="text-white underline aria-[current=true]:font-bold aria-[current=true]:no-underline"
              >
                {o.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

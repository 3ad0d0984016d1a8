import Link from "next/link";
import { localePath, type Locale } from "@/features/i18n/locales";
import type { Messages } from "@/features/i18n/messages";
import type { listPublicCentres } from "../data";

/** The centres, each with its kind and place. */
export function CentreList({ centres, locale, t }: { centres: Awaited<ReturnType<typeof listPublicCentres>>; locale: Locale; t: Messages }) {
  return (
    <ul className="grid gap-x-6 gap-y-3 md:grid-cols-2">
      {centres.map((c) => (
        <li key={c.slug}>
          <Link href={localePath(locale, `/${c.slug}`)} className="font-semibold text-blue-800 underline" lang="pl">
            {c.name}
          </Link>
          <span className="block text-slate-700">
            {t.centreKinds[c.kind]}, <span lang="pl">{c.district ? `${c.city}–${c.district}` : c.city}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

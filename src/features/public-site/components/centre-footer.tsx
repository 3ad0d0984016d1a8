import Link from "next/link";
import { localePath, type Locale } from "@/features/i18n/locales";
import type { Messages } from "@/features/i18n/messages";

/** Under every public page of a centre: its accessibility statement, as the law requires. */
export function CentreFooter({ centre, locale, t }: { centre: { slug: string; name: string }; locale: Locale; t: Messages }) {
  return (
    <footer className="mt-12 border-t-2 border-slate-300 pt-4 text-slate-800">
      <p>
        <span lang="pl">{centre.name}</span> ·{" "}
        <Link href={localePath(locale, `/${centre.slug}/accessibility`)} className="text-blue-800 underline">
          {t.site.accessibilityStatement}
        </Link>
      </p>
    </footer>
  );
}

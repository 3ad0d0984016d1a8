import "../../../globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { DisplayPreferences } from "@/components/ui/display-preferences";
import { Document } from "@/components/ui/document";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { PageMain } from "@/components/ui/site-header";
import { isLocale, LOCALE_NAMES, LOCALES, localePath, type Locale } from "@/features/i18n/locales";
import { messages } from "@/features/i18n/messages";

export { viewport } from "@/components/ui/site-metadata";

// Every public page is rendered on its first request (never at build time, which has no database)
// and then cached, as its own route decides.
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: { default: "Razem", template: "%s · Razem" } };

const languages = LOCALES.map((code) => ({ code, name: LOCALE_NAMES[code], prefix: code === "pl" ? "" : `/${code}` }));

/** The public side: in the resident's language, cacheable, no session read. */
export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale as Locale);
  return (
    <Document lang={locale} skipLabel={t.site.skipToContent}>
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
          <Link href={localePath(locale as Locale, "/")} className="text-2xl font-bold text-white no-underline">
            {t.site.name}
          </Link>
          <Suspense fallback={null}>
            <LanguageSwitcher label={t.site.language} current={locale} options={languages} />
          </Suspense>
          <div className="ml-auto flex flex-wrap items-center gap-4">
            <DisplayPreferences label={t.site.display} largerText={t.site.largerText} highContrast={t.site.highContrast} />
            <Link href="/login" lang="pl" className="text-white underline">
              {t.site.staffLogin}
            </Link>
          </div>
        </div>
      </header>
      <PageMain>{children}</PageMain>
    </Document>
  );
}

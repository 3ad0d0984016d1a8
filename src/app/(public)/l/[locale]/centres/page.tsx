import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { isLocale, LOCALES, localePath } from "@/features/i18n/locales";
import { messages } from "@/features/i18n/messages";
import { CentreList } from "@/features/public-site/components/centre-list";
import { listPublicCentres } from "@/features/public-site/data";

type Props = { params: Promise<{ locale: string }> };

export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return {
    title: messages(locale).home.allCentres,
    alternates: { canonical: localePath(locale, "/centres"), languages: Object.fromEntries(LOCALES.map((l) => [l, localePath(l, "/centres")])) },
  };
}

/** Every centre, cached: the search page links here instead of carrying hundreds of centres itself. */
export default async function CentresPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
  return (
    <>
      <PageHeader title={t.home.allCentres} />
      <CentreList centres={await listPublicCentres()} locale={locale} t={t} />
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StatementDocument } from "@/features/accessibility/components/statement-document";
import { getPublicStatement } from "@/features/accessibility/data";
import { statementMessages } from "@/features/accessibility/messages";
import { isLocale, localePath } from "@/features/i18n/locales";
import { messages } from "@/features/i18n/messages";

type Props = { params: Promise<{ locale: string; centre: string }> };

// Rendered on first request and cached like the centre's other public pages; refreshed when the
// admin saves the statement (the action affects public pages).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

// The page and its metadata ask for the same statement once.
const publicStatement = cache(getPublicStatement);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, centre } = await params;
  if (!isLocale(locale)) return {};
  const page = await publicStatement(centre);
  return { title: page ? `${statementMessages(locale).title} · ${page.centre.shortName}` : messages(locale).notFound.title };
}

export default async function AccessibilityStatementPage({ params }: Props) {
  const { locale, centre: slug } = await params;
  if (!isLocale(locale)) notFound();
  const page = await publicStatement(slug);
  if (!page) notFound();
  // The statement names the address it covers; the deployment's own address when it is known.
  const path = localePath(locale, `/${page.centre.slug}`);
  const origin = process.env.NEXTAUTH_URL?.replace(/\/+$/, "") ?? "";
  return <StatementDocument page={page} locale={locale} siteUrl={{ href: path, text: `${origin}${path}` }} />;
}

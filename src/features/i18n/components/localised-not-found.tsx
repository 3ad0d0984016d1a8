"use client";
// not-found pages receive no params; the language comes from the route on the client side.
import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale, localePath } from "../locales";
import { messages } from "../messages";

export function LocalisedNotFound() {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  const lang = isLocale(locale) ? locale : "pl";
  const t = messages(lang).notFound;
  return (
    <>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-4 text-lg">
        {t.body}{" "}
        <Link href={localePath(lang, "/")} className="text-blue-800 underline">
          {t.back}
        </Link>
      </p>
    </>
  );
}

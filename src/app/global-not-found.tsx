import "./globals.css";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Nie znaleziono strony · Razem" };

/** For addresses that match no route at all (the staff and public pages have their own 404s). */
export default function GlobalNotFound() {
  return (
    <html lang="pl">
      <body className="min-h-screen bg-white text-slate-900">
        <header className="bg-slate-900 px-4 py-3 text-white">
          <Link href="/" className="text-2xl font-bold text-white no-underline">
            Razem
          </Link>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <h1 className="text-3xl font-bold">Nie znaleziono strony</h1>
          <p className="mt-4 text-lg">
            Sprawdź adres albo wróć na{" "}
            <Link href="/" className="text-blue-800 underline">
              stronę główną
            </Link>
            .
          </p>
          <p className="mt-2" lang="uk">
            Сторінку не знайдено.{" "}
            <Link href="/uk" className="text-blue-800 underline">
              Головна сторінка
            </Link>
          </p>
          <p className="mt-2" lang="en">
            Page not found.{" "}
            <Link href="/en" className="text-blue-800 underline">
              Home
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}

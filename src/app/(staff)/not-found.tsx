import Link from "next/link";
import { PageMain, SiteHeader } from "@/components/ui/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <PageMain>
        <h1 className="text-3xl font-bold">Nie znaleziono strony</h1>
        <p className="mt-4 text-lg">
          Sprawdź adres albo wróć na{" "}
          <Link href="/" className="text-blue-800 underline">
            stronę główną
          </Link>
          .
        </p>
      </PageMain>
    </>
  );
}

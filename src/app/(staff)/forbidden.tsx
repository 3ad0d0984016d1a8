import Link from "next/link";
import { PageMain, SiteHeader } from "@/components/ui/site-header";

export default function Forbidden() {
  return (
    <>
      <SiteHeader home="/staff" />
      <PageMain>
        <h1 className="text-3xl font-bold">Brak dostępu</h1>
        <p className="mt-4 text-lg">Twoja rola w tym ośrodku nie pozwala otworzyć tej strony. Jeśli to pomyłka, poproś administratora ośrodka o zmianę roli.</p>
        <p className="mt-4">
          <Link href="/staff" className="text-blue-800 underline">
            Wróć do strony startowej
          </Link>
        </p>
      </PageMain>
    </>
  );
}

// "Previous / page 2 of 5 / next" under a long list. Links keep the rest of the query (search,
// filters), so paging does not lose them.
import Link from "next/link";

export function Pagination({ page, pages, hrefOf, label }: { page: number; pages: number; hrefOf: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  const link = "font-semibold text-blue-800 underline";
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className={link} rel="prev">
          ← Poprzednia strona
        </Link>
      ) : null}
      <p>
        Strona {page} z {pages}
      </p>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} className={link} rel="next">
          Następna strona →
        </Link>
      ) : null}
    </nav>
  );
}

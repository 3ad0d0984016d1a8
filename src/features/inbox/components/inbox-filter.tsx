import Link from "next/link";
import type { InboxCounts } from "../data";
import { INBOX_FILTERS, type InboxFilter } from "../schema";

/** Links between the inbox's views; the current one is marked for sight and for screen readers. */
export function InboxFilterNav({ base, current, counts }: { base: string; current: InboxFilter; counts: InboxCounts }) {
  return (
    <nav aria-label="Które wiadomości pokazać" className="mb-8">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-b-2 border-slate-300 pb-2">
        {(Object.keys(INBOX_FILTERS) as InboxFilter[]).map((filter) => {
          const { param, label } = INBOX_FILTERS[filter];
          return (
            <li key={filter}>
              <Link
                href={param ? `${base}?pokaz=${param}` : base}
                aria-current={filter === current ? "page" : undefined}
                className="text-lg text-blue-800 underline aria-[current=page]:font-bold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline"
              >
                {label} ({counts[filter]})
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

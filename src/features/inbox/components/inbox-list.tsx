import { formatDateTime, isoInstant } from "@/components/ui/format";
import type { InboxMessage } from "../data";
import { INBOX_FILTERS, type InboxFilter } from "../schema";
import { MessageActions } from "./message-actions";

const PAGE_LANGUAGES: Record<string, string> = { pl: "polski", uk: "ukraiński", en: "angielski" };

const EMPTY: Record<InboxFilter, string> = {
  open: "Nie ma wiadomości do załatwienia.",
  handled: "Nie ma jeszcze załatwionych wiadomości.",
  all: "Mieszkańcy nie przysłali jeszcze żadnej wiadomości.",
};

/** A link that answers the resident the way they asked: e-mail, phone, or just the text. */
function ContactLine({ contact }: { contact: string | null }) {
  if (!contact) return <p className="mt-2 text-slate-700">Kontakt: nie podano – na tę wiadomość nie da się odpowiedzieć.</p>;
  const href = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)
    ? `mailto:${contact}`
    : /^\+?[\d\s()-]{7,}$/.test(contact)
      ? `tel:${contact.replace(/[^\d+]/g, "")}`
      : null;
  return (
    <p className="mt-2">
      <span className="font-semibold">Kontakt:</span>{" "}
      {href ? (
        <a href={href} className="text-blue-800 underline">
          {contact}
        </a>
      ) : (
        contact
      )}
    </p>
  );
}

function MessageCard({ message: m, timeZone }: { message: InboxMessage; timeZone: string }) {
  const sentAt = formatDateTime(m.createdAt, timeZone);
  const about = `${m.offer?.name ?? "wiadomość"}, ${sentAt}`;
  const unread = !m.readAt && !m.handledAt;
  return (
    <article aria-labelledby={`message-${m.id}`} className="border-t-4 border-slate-800 py-4">
      <h3 id={`message-${m.id}`} className="text-xl font-bold">
        {m.offer?.name ?? "Wiadomość ogólna"}
        {unread ? <span className="ml-3 rounded bg-amber-200 px-2 py-0.5 align-middle text-base font-semibold text-slate-900">nowa</span> : null}
      </h3>
      <p className="text-slate-700">
        Wysłano <time dateTime={isoInstant(m.createdAt)}>{sentAt}</time> ze strony w języku: {PAGE_LANGUAGES[m.locale] ?? m.locale}
      </p>
      <p className="mt-2 whitespace-pre-line break-words">{m.body}</p>
      <ContactLine contact={m.contact} />
      {m.handledAt ? (
        <p className="mt-2 text-green-900">
          Załatwiona <time dateTime={isoInstant(m.handledAt)}>{formatDateTime(m.handledAt, timeZone)}</time>
          {m.handledBy ? ` (${m.handledBy})` : ""}.
        </p>
      ) : null}
      <MessageActions messageId={m.id} about={about} unread={unread} handled={Boolean(m.handledAt)} />
    </article>
  );
}

/** `total` is how many messages the view holds; the list may show only the first of them. */
export function InboxList({ messages, filter, timeZone, total }: { messages: InboxMessage[]; filter: InboxFilter; timeZone: string; total: number }) {
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading" className="sr-only">
        {INBOX_FILTERS[filter].label}
      </h2>
      {messages.length === 0 ? <p>{EMPTY[filter]}</p> : null}
      <ul className="list-none">
        {messages.map((m) => (
          <li key={m.id}>
            <MessageCard message={m} timeZone={timeZone} />
          </li>
        ))}
      </ul>
      {total > messages.length ? (
        <p className="mt-4 text-slate-700">
          Pokazano {messages.length} z {total} wiadomości.
        </p>
      ) : null}
    </section>
  );
}

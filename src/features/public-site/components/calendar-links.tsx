import { calendarLinks } from "@/features/calendar/links";
import type { Locale } from "@/features/i18n/locales";
import type { Messages } from "@/features/i18n/messages";

/**
 * Ways to put the meetings in one's own calendar: a one-off file, or a subscription (Apple, Outlook,
 * Google), which also brings later changes and cancellations.
 */
export function CalendarLinks({
  locale,
  centreSlug,
  offerSlug,
  name,
  t,
}: {
  locale: Locale;
  centreSlug: string;
  offerSlug?: string;
  name: string;
  t: Messages;
}) {
  const links = calendarLinks({ locale, centreSlug, offerSlug, name });
  const items = [
    { href: links.download, label: t.offer.calendarDownload },
    links.webcal ? { href: links.webcal, label: t.offer.calendarSubscribe } : null,
    links.google ? { href: links.google, label: t.offer.calendarGoogle } : null,
    links.outlook ? { href: links.outlook, label: t.offer.calendarOutlook } : null,
  ].filter((i): i is { href: string; label: string } => Boolean(i));
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2">
      {items.map((i) => (
        <li key={i.label}>
          <a
            href={i.href}
            className="text-blue-800 underline"
            rel={i.href.startsWith("https://calendar.google") || i.href.startsWith("https://outlook") ? "noopener" : undefined}
          >
            {i.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

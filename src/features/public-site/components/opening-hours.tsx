import type { OpeningHours as Hours } from "@/features/centres/schema";
import type { Messages } from "@/features/i18n/messages";

/** Opening hours as a table, Monday first; days not listed are shown as closed. */
export function OpeningHours({ hours, t }: { hours: Hours; t: Messages }) {
  if (hours.length === 0) return <p>{t.centre.askByPhone}</p>;
  const byDay = new Map<number, string>();
  for (const h of hours) for (const d of h.days) byDay.set(d, `${h.opens}–${h.closes}`);
  return (
    <table className="text-left">
      <caption className="sr-only">{t.centre.openingHours}</caption>
      <tbody>
        {t.weekdays.map((name, i) => (
          <tr key={name}>
            <th scope="row" className="pr-6 font-normal first-letter:uppercase">
              {name}
            </th>
            <td>{byDay.get(i + 1) ?? t.centre.closed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

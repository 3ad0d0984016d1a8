// A client's audit log as a table: when, who, what. The log names the record, never its contents.
import { formatDateTime } from "@/components/ui/format";
import { AUDIT_ACTION_LABELS } from "../labels";

type Event = { id: string; action: string; at: Date; actorName: string | null };

export function AuditTable({ events, timeZone }: { events: Event[]; timeZone: string }) {
  if (events.length === 0) return <p className="text-slate-700">Brak wpisów.</p>;
  const th = "py-2 pr-4";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Dziennik zdarzeń kartoteki: kiedy, kto i co zrobił, od najnowszych</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className={th}>
              Kiedy
            </th>
            <th scope="col" className={th}>
              Kto
            </th>
            <th scope="col" className={th}>
              Co
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-slate-300 align-top">
              <td className="py-3 pr-4">
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, timeZone)}</time>
              </td>
              <td className="py-3 pr-4">{e.actorName ?? "system lub osoba spoza ośrodka"}</td>
              <td className="py-3 pr-4">{AUDIT_ACTION_LABELS[e.action] ?? e.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { formatCalendarDate } from "@/components/ui/format";
import { decideHoursAction } from "../actions";
import type { pendingHours } from "../data";
import { hoursText } from "../labels";
import { ActionButton } from "./action-button";

type Row = Awaited<ReturnType<typeof pendingHours>>[number];

/** Logged hours waiting for a decision, each with approve and reject. */
export function PendingHours({ rows }: { rows: Row[] }) {
  if (!rows.length) return <p>Nie ma godzin czekających na zatwierdzenie.</p>;
  return (
    <ul className="space-y-4">
      {rows.map((h) => {
        const who = `${h.volunteer.firstName} ${h.volunteer.lastName}`;
        return (
          <li key={h.id} className="border-l-8 border-amber-600 bg-white p-4 shadow-sm">
            <p className="font-bold">
              {who}: {hoursText(h.minutes)}
            </p>
            <p>
              {formatCalendarDate(h.workedOn)}
              {h.task ? ` · ${h.task.role} (${h.task.session.offer.name})` : ""}
            </p>
            {h.description ? <p className="text-slate-700">{h.description}</p> : null}
            <div className="mt-3 flex flex-wrap gap-3">
              <ActionButton action={decideHoursAction} fields={{ hoursId: h.id, decision: "APPROVED" }} label="Zatwierdź godziny" context={who} />
              <ActionButton
                action={decideHoursAction}
                fields={{ hoursId: h.id, decision: "REJECTED" }}
                label="Odrzuć"
                context={`godziny: ${who}`}
                variant="secondary"
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

// The contract at a glance: where it stands, its period and dates, who keeps it.
import { formatCalendarDate } from "@/components/ui/format";
import type { ContractDetails } from "../data";
import { STATUS_LABELS, TERMINATION_LABELS, VARIANT_LABELS } from "../labels";

export function ContractSummary({ contract: c }: { contract: ContractDetails }) {
  const rows: [string, string][] = [
    ["Stan", STATUS_LABELS[c.status]],
    ["Wariant", VARIANT_LABELS[c.variant].title],
    ["Okres", `${formatCalendarDate(c.periodStart)} – ${formatCalendarDate(c.periodEnd)}`],
    ["Zawarty", [c.concludedOn ? formatCalendarDate(c.concludedOn) : "data nie wpisana", c.place ?? "miejsce nie wpisane"].join(", ")],
    ["Pracownik socjalny", c.socialWorker.user.name],
  ];
  if (c.signedOn) rows.push(["Podpisany", formatCalendarDate(c.signedOn)]);
  if (c.status === "ACTIVE") rows.push(["Następna ocena", c.nextEvaluationOn ? formatCalendarDate(c.nextEvaluationOn) : "nie zaplanowano"]);
  if (c.closedOn) rows.push([c.status === "TERMINATED" ? "Rozwiązany" : c.status === "EXPIRED" ? "Wygasł" : "Zakończony", formatCalendarDate(c.closedOn)]);
  if (c.terminationReason) rows.push(["Powód rozwiązania", [TERMINATION_LABELS[c.terminationReason], c.terminationNote].filter(Boolean).join(": ")]);
  return (
    <dl className="mb-8 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

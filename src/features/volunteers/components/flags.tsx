// What needs the coordinator's attention about a volunteer, as short labelled marks.
import { FLAG_LABELS, type VolunteerFlag } from "../labels";

const tone: Record<VolunteerFlag, string> = {
  minorWithoutConsent: "border-red-800 bg-red-50 text-red-900",
  checksMissing: "border-slate-700 bg-slate-50 text-slate-900",
  agreementExpiring: "border-amber-800 bg-amber-50 text-amber-950",
  agreementExpired: "border-red-800 bg-red-50 text-red-900",
};

export function Flags({ flags }: { flags: VolunteerFlag[] }) {
  if (!flags.length) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-2" aria-label="Do uwagi">
      {flags.map((f) => (
        <li key={f} className={`rounded border px-2 py-0.5 text-sm font-semibold ${tone[f]}`}>
          {FLAG_LABELS[f]}
        </li>
      ))}
    </ul>
  );
}

// The register as a list that reads well on a phone: name, age, strand, phone and what needs
// attention. Nothing of the checks but whether they were done.
import Link from "next/link";
import { formatCalendarDate } from "@/components/ui/format";
import type { VolunteerRow } from "../data";
import { Flags } from "./flags";

export function VolunteerList({ volunteers, basePath }: { volunteers: VolunteerRow[]; basePath: string }) {
  if (volunteers.length === 0) return <p className="text-slate-700">Nie znaleziono wolontariuszy.</p>;
  return (
    <ul className="divide-y divide-slate-300 border-y border-slate-300">
      {volunteers.map((v) => (
        <li key={v.id} className="py-3">
          <Link href={`${basePath}/${v.id}`} className="text-lg font-semibold text-blue-800 underline">
            {v.lastName} {v.firstName}
          </Link>
          <p className="text-slate-800">
            {v.age} lat{v.strand ? ` · nurt: ${v.strand}` : ""}
            {v.phone ? ` · tel. ${v.phone}` : ""}
            {v.agreementEndsOn ? ` · porozumienie do ${formatCalendarDate(v.agreementEndsOn)}` : " · bez porozumienia"}
          </p>
          <Flags flags={v.flags} />
        </li>
      ))}
    </ul>
  );
}

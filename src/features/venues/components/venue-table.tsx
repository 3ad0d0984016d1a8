// The centre's venues as a table: name, address and what makes them accessible.
import Link from "next/link";
import type { listVenues } from "../data";

type VenueRow = Awaited<ReturnType<typeof listVenues>>[number];

export function accessibilitySummary(v: Pick<VenueRow, "stepFreeEntrance" | "lift" | "accessibleToilet">) {
  const parts = [v.stepFreeEntrance && "wejście bez schodów", v.lift && "winda", v.accessibleToilet && "toaleta dla osób z niepełnosprawnością"].filter(
    Boolean,
  );
  return parts.length ? parts.join(", ") : "brak informacji";
}

export function VenueTable({ venues, basePath }: { venues: VenueRow[]; basePath: string }) {
  if (venues.length === 0) return <p className="text-slate-700">Brak miejsc.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">Miejsca: nazwa, adres i dostępność</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className="py-2 pr-4">
              Nazwa
            </th>
            <th scope="col" className="py-2 pr-4">
              Adres
            </th>
            <th scope="col" className="py-2 pr-4">
              Dostępność
            </th>
          </tr>
        </thead>
        <tbody>
          {venues.map((v) => (
            <tr key={v.id} className="border-b border-slate-300 align-top">
              <td className="py-3 pr-4">
                <Link href={`${basePath}/${v.id}`} className="font-semibold text-blue-800 underline">
                  {v.name}
                </Link>
              </td>
              <td className="py-3 pr-4">
                {v.street}, {[v.postalCode, v.city].filter(Boolean).join(" ")}
                {v.district ? ` (${v.district})` : ""}
              </td>
              <td className="py-3 pr-4">{accessibilitySummary(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

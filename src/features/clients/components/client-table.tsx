// The centre's clients as a table: name, year of birth, contact, where they live, social worker.
// Ordinary data only: nothing of the special categories is in the list.
import Link from "next/link";
import type { ClientListItem } from "../data";

export function ClientTable({ clients, basePath, caption }: { clients: ClientListItem[]; basePath: string; caption: string }) {
  if (clients.length === 0) return <p className="text-slate-700">Nie znaleziono klientów.</p>;
  const th = "py-2 pr-4";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-800">
            <th scope="col" className={th}>
              Nazwisko i imię
            </th>
            <th scope="col" className={th}>
              Rok urodzenia
            </th>
            <th scope="col" className={th}>
              Telefon
            </th>
            <th scope="col" className={th}>
              Dzielnica lub miejscowość
            </th>
            <th scope="col" className={th}>
              Pracownik socjalny
            </th>
          </tr>
        </thead>
        <tbody>
          {clients.map((c) => (
            <tr key={c.id} className="border-b border-slate-300 align-top">
              <th scope="row" className="py-3 pr-4 font-normal">
                <Link href={`${basePath}/${c.id}`} className="font-semibold text-blue-800 underline">
                  {c.lastName} {c.firstName}
                </Link>
              </th>
              <td className="py-3 pr-4">{c.birthYear ?? "–"}</td>
              <td className="py-3 pr-4">{c.phone ?? "–"}</td>
              <td className="py-3 pr-4">{c.district ?? c.city ?? "–"}</td>
              <td className="py-3 pr-4">{c.socialWorker?.user.name ?? "nie przydzielono"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// One type of offer (clubs, groups or programmes) as a table: name, kind, programme, publicity.
import Link from "next/link";
import type { OfferType } from "@/generated/prisma/enums";
import type { OfferListItem } from "../data";
import { OFFER_TYPE_LABELS, offerKindLabel } from "../labels";

export function OfferTable({ type, offers, basePath }: { type: OfferType; offers: OfferListItem[]; basePath: string }) {
  const id = `offers-${type.toLowerCase()}`;
  const title = OFFER_TYPE_LABELS[type].many;
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title} ({offers.length})
      </h2>
      {offers.length === 0 ? (
        <p className="text-slate-700">Brak.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{title}: nazwa, rodzaj, program i widoczność na stronie publicznej</caption>
            <thead>
              <tr className="border-b-2 border-slate-800">
                <th scope="col" className="py-2 pr-4">
                  Nazwa
                </th>
                <th scope="col" className="py-2 pr-4">
                  Rodzaj
                </th>
                {type !== "PROGRAMME" ? (
                  <th scope="col" className="py-2 pr-4">
                    W programie
                  </th>
                ) : null}
                <th scope="col" className="py-2 pr-4">
                  Na stronie publicznej
                </th>
              </tr>
            </thead>
            <tbody>
              {offers.map((o) => (
                <tr key={o.id} className="border-b border-slate-300 align-top">
                  <td className="py-3 pr-4">
                    <Link href={`${basePath}/${o.id}`} className="font-semibold text-blue-800 underline">
                      {o.name}
                    </Link>
                  </td>
                  <td className="py-3 pr-4">{offerKindLabel(o)}</td>
                  {type !== "PROGRAMME" ? <td className="py-3 pr-4">{o.parent?.name ?? "–"}</td> : null}
                  <td className="py-3 pr-4">{o.archivedAt ? "nie (zarchiwizowana)" : o.isPublic ? "tak" : "nie, tylko dla zespołu"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

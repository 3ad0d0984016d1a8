import type { Messages } from "@/features/i18n/messages";
import type { PublicVenue } from "../data";

export function venueLine(venue: PublicVenue) {
  return `${venue.name}, ${venue.street}, ${venue.postalCode ? `${venue.postalCode} ` : ""}${venue.city}`;
}

/** Where: the address (always in Polish, as on the street), accessibility, and a map link. */
export function VenueDetails({ venue, t }: { venue: PublicVenue; t: Messages }) {
  const features = [
    venue.stepFreeEntrance ? t.offer.stepFree : null,
    venue.lift ? t.offer.lift : null,
    venue.accessibleToilet ? t.offer.accessibleToilet : null,
  ].filter(Boolean);
  const map = `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${venue.street}, ${venue.city}`)}`;
  return (
    <div>
      <p lang="pl">{venueLine(venue)}</p>
      {features.length || venue.accessibilityNotes ? (
        <p className="text-slate-700">
          {t.offer.accessibility}: {features.join(", ")}
          {features.length && venue.accessibilityNotes ? ". " : ""}
          {venue.accessibilityNotes ? <span lang="pl">{venue.accessibilityNotes}</span> : null}
        </p>
      ) : null}
      <p>
        <a href={map} className="text-blue-800 underline" rel="noopener">
          {t.offer.map}
          <span className="sr-only">: {venue.name}</span>
        </a>
      </p>
    </div>
  );
}

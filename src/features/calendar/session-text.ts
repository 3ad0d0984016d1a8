// How a session and a place are named in every feed (calendar, meetings feed, structured data), so
// the three say the same thing. Addresses stay in Polish, as on the street.
import type { PublicCentre, PublicVenue } from "@/features/public-site/data";

/** The centre fields the feeds use: its name and address stand in when a session has no venue. */
export type FeedCentre = Pick<PublicCentre, "slug" | "name" | "shortName" | "street" | "postalCode" | "city" | "district" | "phone" | "email" | "timeZone">;

/** "Klub Seniora WRZOS – Spotkanie z dietetykiem": the offer, and the session's topic if it has one. */
export function sessionTitle(s: { topic: string | null; offer: { name: { text: string } } }): string {
  return s.topic ? `${s.offer.name.text} – ${s.topic}` : s.offer.name.text;
}

/** Where a session happens: its venue, or else the centre itself. */
export function placeOf(venue: PublicVenue | null | undefined, centre: FeedCentre) {
  if (venue) return { name: venue.name, street: venue.street, postalCode: venue.postalCode, city: venue.city, district: venue.district };
  return { name: centre.name, street: centre.street, postalCode: centre.postalCode, city: centre.city, district: centre.district };
}

/** "CAL, ul. Porajów 14, 03-199 Warszawa" */
export function venueAddress(venue: PublicVenue | null | undefined, centre: FeedCentre): string {
  const place = placeOf(venue, centre);
  return [place.name, place.street, [place.postalCode, place.city].filter(Boolean).join(" ")].join(", ");
}

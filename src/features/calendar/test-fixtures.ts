// Rows shaped like the public projection, for the unit tests of the feeds (no database needed).
import type { PublicSession, PublicVenue } from "@/features/public-site/data";
import type { FeedCentre } from "./session-text";

export const centre: FeedCentre = {
  slug: "ops-testowo",
  name: "Ośrodek Pomocy Społecznej w Testowie",
  shortName: "OPS Testowo",
  street: "ul. Główna 1",
  postalCode: "00-001",
  city: "Testowo",
  district: null,
  phone: "22 123 45 67",
  email: "ops@testowo.example",
  timeZone: "Europe/Warsaw",
};

export const venue: PublicVenue = {
  name: "CAL",
  street: "ul. Porajów 14",
  postalCode: "03-199",
  city: "Warszawa",
  district: "Białołęka",
  stepFreeEntrance: true,
  lift: false,
  accessibleToilet: true,
  accessibilityNotes: "Wejście od podwórza",
};

const text = (value: string | null) => ({ text: value, lang: "pl" as const });

export function session(overrides: Partial<PublicSession> & { id: string; startsAt: Date }): PublicSession {
  const created = new Date("2026-01-01T10:00:00Z");
  return {
    endsAt: new Date(overrides.startsAt.getTime() + 90 * 60_000),
    status: "PLANNED",
    cancelReason: null,
    movedFrom: null,
    topic: null,
    kind: "MEETING",
    createdAt: created,
    updatedAt: created,
    venue,
    offer: {
      slug: "klub-seniora",
      type: "CLUB",
      clubKind: "SENIOR_CLUB",
      name: { text: "Klub Seniora WRZOS", lang: "pl" },
      audience: text("Seniorzy z Białołęki"),
      description: text("Spotkania, wycieczki, gimnastyka."),
      howToJoin: text(null),
      joinMode: "OPEN",
      defaultVenue: venue,
      // inLanguage's return type intersects the raw columns with the translated texts.
    } as unknown as PublicSession["offer"],
    ...overrides,
  };
}

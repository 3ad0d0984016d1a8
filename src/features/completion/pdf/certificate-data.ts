// What the certificate of participation says, built from the records, so the document only lays
// it out: the number, the centre, the person, the edition, the period and the activities attended.
import { formatCalendarDate } from "@/components/ui/format";

export type CertificateData = {
  number: string;
  issuedOn: string;
  place: string;
  centre: { name: string; address: string };
  participant: string;
  /** "uczestniczyła", "uczestniczył" or "uczestniczył(a)". */
  participated: string;
  edition: string;
  editionPeriod: string;
  period: { start: string; end: string };
  /** Each topic once, in the order first attended, with how many sessions and hours. */
  activities: { topic: string; leader: string | null; sessions: number }[];
  totals: { sessions: number; hours: number };
};

export type AttendedSession = { startsAt: Date; endsAt: Date; topic: string | null; leader: string | null; kind: string };

const KIND_TOPIC: Record<string, string> = { MEETING: "Zajęcia klubowe", WORKSHOP: "Warsztaty", EVENT: "Wydarzenie integracyjne" };

export function activitiesOf(sessions: AttendedSession[]): Pick<CertificateData, "activities" | "totals"> {
  const byTopic = new Map<string, CertificateData["activities"][number]>();
  let minutes = 0;
  for (const s of [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const topic = s.topic?.trim() || KIND_TOPIC[s.kind] || "Zajęcia";
    const key = `${topic}\u0000${s.leader ?? ""}`;
    const entry = byTopic.get(key) ?? { topic, leader: s.leader, sessions: 0 };
    entry.sessions += 1;
    byTopic.set(key, entry);
    minutes += Math.max(0, (s.endsAt.getTime() - s.startsAt.getTime()) / 60_000);
  }
  return { activities: [...byTopic.values()], totals: { sessions: sessions.length, hours: Math.round(minutes / 6) / 10 } };
}

export function dateText(value: Date) {
  return formatCalendarDate(value);
}

import { formatDateLong, formatTimeRange } from "@/components/ui/format";

export const ASSIGNMENT_LABELS = { REQUESTED: "Zgłoszenie czeka", APPROVED: "Przydzielony", DECLINED: "Odrzucone", WITHDRAWN: "Zrezygnował" } as const;
export const HOURS_LABELS = { PENDING: "Czeka na zatwierdzenie", APPROVED: "Zatwierdzone", REJECTED: "Odrzucone" } as const;

/** "środa, 12 marca 2025, 10:00–12:00" */
export function whenText(s: { startsAt: Date; endsAt: Date }, zone: string) {
  return `${formatDateLong(s.startsAt, zone)}, ${formatTimeRange(s.startsAt, s.endsAt, zone)}`;
}

/** 270 minutes → "4,5 h" */
export function hoursText(minutes: number) {
  const h = Math.round((minutes / 60) * 100) / 100;
  return `${h.toLocaleString("pl-PL")} h`;
}

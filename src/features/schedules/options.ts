// The answers the schedule form offers; their values are what schema.ts accepts.

export const WEEKDAY_OPTIONS = [
  { value: "1", label: "Poniedziałek" },
  { value: "2", label: "Wtorek" },
  { value: "3", label: "Środa" },
  { value: "4", label: "Czwartek" },
  { value: "5", label: "Piątek" },
  { value: "6", label: "Sobota" },
  { value: "7", label: "Niedziela" },
] as const;

export const INTERVAL_OPTIONS = [
  { value: "1", label: "Co tydzień" },
  { value: "2", label: "Co 2 tygodnie" },
  { value: "3", label: "Co 3 tygodnie" },
  { value: "4", label: "Co 4 tygodnie" },
] as const;

export const NTH_OPTIONS = [
  { value: "1", label: "Pierwszy" },
  { value: "2", label: "Drugi" },
  { value: "3", label: "Trzeci" },
  { value: "4", label: "Czwarty" },
  { value: "-1", label: "Ostatni" },
] as const;

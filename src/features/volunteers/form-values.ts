// The volunteer form's fields as the browser holds them (text), from a saved profile or empty for a
// new one; after a failed save, what the person typed.
import { fromDbDate } from "@/server/time";
import type { VolunteerProfile } from "./data";

export const VOLUNTEER_FIELDS = [
  "firstName",
  "lastName",
  "birthYear",
  "sex",
  "guardianConsentOn",
  "phone",
  "email",
  "strand",
  "skills",
  "availability",
  "registerCheckOn",
  "criminalRecordOn",
] as const;

export type VolunteerFormValues = Record<(typeof VOLUNTEER_FIELDS)[number], string>;

export function emptyVolunteerValues(): VolunteerFormValues {
  return Object.fromEntries(VOLUNTEER_FIELDS.map((f) => [f, ""])) as VolunteerFormValues;
}

const day = (d: Date | null) => (d ? fromDbDate(d) : "");

export function savedVolunteerValues(v: VolunteerProfile): VolunteerFormValues {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    birthYear: String(v.birthYear),
    sex: v.sex ?? "",
    guardianConsentOn: day(v.guardianConsentOn),
    phone: v.phone ?? "",
    email: v.email ?? "",
    strand: v.strand ?? "",
    skills: v.skills.join("\n"),
    availability: v.availability ?? "",
    registerCheckOn: day(v.registerCheckOn),
    criminalRecordOn: day(v.criminalRecordOn),
  };
}

/** What was typed, over the initial values (a field the browser did not send keeps its initial value). */
export function typedVolunteerValues(typed: Record<string, string>, initial: VolunteerFormValues): VolunteerFormValues {
  return Object.fromEntries(VOLUNTEER_FIELDS.map((f) => [f, typed[f] ?? initial[f]])) as VolunteerFormValues;
}

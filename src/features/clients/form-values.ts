// The client forms' fields as the browser holds them (text), from a saved record or empty for a new
// one. The forms show these until a failed save, then what the person typed.
import { fromDbDate } from "@/server/time";
import type { ClientRecord } from "./data";

export type ClientFormValues = {
  firstName: string;
  lastName: string;
  pesel: string;
  birthYear: string;
  sex: string;
  phone: string;
  email: string;
  street: string;
  postalCode: string;
  city: string;
  district: string;
  socialWorkerId: string;
};

export function emptyClientValues(socialWorkerId = ""): ClientFormValues {
  return {
    firstName: "",
    lastName: "",
    pesel: "",
    birthYear: "",
    sex: "",
    phone: "",
    email: "",
    street: "",
    postalCode: "",
    city: "",
    district: "",
    socialWorkerId,
  };
}

export function savedClientValues(c: ClientRecord): ClientFormValues {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    pesel: c.pesel ?? "",
    birthYear: c.birthYear ? String(c.birthYear) : "",
    sex: c.sex ?? "",
    phone: c.phone ?? "",
    email: c.email ?? "",
    street: c.street ?? "",
    postalCode: c.postalCode ?? "",
    city: c.city ?? "",
    district: c.district ?? "",
    socialWorkerId: c.socialWorkerId ?? "",
  };
}

/** After a failed save: what was typed; an unanswered radio group sends nothing. */
export function typedClientValues(typed: Record<string, string>, fallback: ClientFormValues): ClientFormValues {
  return Object.fromEntries(Object.keys(fallback).map((k) => [k, typed[k] ?? ""])) as ClientFormValues;
}

export type ConsentValues = { consentParticipationOn: string; dataInfoGivenOn: string; imageConsentOn: string };

export function savedConsentValues(c: Pick<ClientRecord, "consentParticipationOn" | "dataInfoGivenOn" | "imageConsentOn">): ConsentValues {
  const date = (d: Date | null) => (d ? fromDbDate(d) : "");
  return {
    consentParticipationOn: date(c.consentParticipationOn),
    dataInfoGivenOn: date(c.dataInfoGivenOn),
    imageConsentOn: date(c.imageConsentOn),
  };
}

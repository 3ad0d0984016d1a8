// The offer form's fields as the browser holds them (text), from a saved offer or empty for a new
// one. The form shows these until a failed save, then what the person typed.
import type { OfferType } from "@/generated/prisma/enums";
import { fromDbDate } from "@/server/time";

export type OfferFormValues = {
  name: string;
  audience: string;
  audiences: string[];
  description: string;
  joinMode: string;
  howToJoin: string;
  contactPhone: string;
  contactEmail: string;
  isPublic: boolean;
  defaultVenueId: string;
  parentId: string;
  clubKind: string;
  topic: string;
  facilitator: string;
  programmeKind: string;
  goals: string;
  targetGroup: string;
  area: string;
  startsOn: string;
  endsOn: string;
  partners: string;
  specialists: string;
  activities: string;
};

export function emptyOfferValues(type: OfferType): OfferFormValues {
  return {
    name: "",
    audience: "",
    audiences: [],
    description: "",
    // Programmes are usually by referral; clubs and groups usually open to whoever comes.
    joinMode: type === "PROGRAMME" ? "REFERRAL" : "OPEN",
    howToJoin: "",
    contactPhone: "",
    contactEmail: "",
    isPublic: true,
    defaultVenueId: "",
    parentId: "",
    clubKind: "",
    topic: "",
    facilitator: "",
    programmeKind: "",
    goals: "",
    targetGroup: "",
    area: "",
    startsOn: "",
    endsOn: "",
    partners: "",
    specialists: "",
    activities: "",
  };
}

type SavedOffer = {
  [
    K in
      | "name"
      | "audience"
      | "description"
      | "howToJoin"
      | "contactPhone"
      | "contactEmail"
      | "topic"
      | "facilitator"
      | "goals"
      | "targetGroup"
      | "area"
      | "activities"
  ]: string | null;
} & {
  audiences: string[];
  joinMode: string;
  isPublic: boolean;
  defaultVenueId: string | null;
  parentId: string | null;
  clubKind: string | null;
  programmeKind: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  partners: string[];
  specialists: string[];
};

export function savedOfferValues(o: SavedOffer): OfferFormValues {
  return {
    name: o.name ?? "",
    audience: o.audience ?? "",
    audiences: o.audiences,
    description: o.description ?? "",
    joinMode: o.joinMode,
    howToJoin: o.howToJoin ?? "",
    contactPhone: o.contactPhone ?? "",
    contactEmail: o.contactEmail ?? "",
    isPublic: o.isPublic,
    defaultVenueId: o.defaultVenueId ?? "",
    parentId: o.parentId ?? "",
    clubKind: o.clubKind ?? "",
    topic: o.topic ?? "",
    facilitator: o.facilitator ?? "",
    programmeKind: o.programmeKind ?? "",
    goals: o.goals ?? "",
    targetGroup: o.targetGroup ?? "",
    area: o.area ?? "",
    startsOn: o.startsOn ? fromDbDate(o.startsOn) : "",
    endsOn: o.endsOn ? fromDbDate(o.endsOn) : "",
    partners: o.partners.join("\n"),
    specialists: o.specialists.join("\n"),
    activities: o.activities ?? "",
  };
}

/** After a failed save: what was typed (ticked boxes arrive joined by new lines, unticked not at all). */
export function typedOfferValues(typed: Record<string, string>, fallback: OfferFormValues): OfferFormValues {
  const text = (name: keyof OfferFormValues) => typed[name] ?? "";
  return {
    ...fallback,
    ...Object.fromEntries(Object.keys(fallback).map((k) => [k, text(k as keyof OfferFormValues)])),
    audiences: typed.audiences ? typed.audiences.split("\n") : [],
    isPublic: typed.isPublic === "on",
  };
}

// How a validated offer form becomes the row's columns. One table holds clubs, groups and
// programmes; the columns of the other types are cleared (the database checks that clubKind is set
// only for clubs and programmeKind only for programmes).
import { foldForSearch } from "@/server/search-text";
import { dbDate } from "@/server/time";
import type { OfferInput } from "./schema";

const none = {
  clubKind: null,
  programmeKind: null,
  topic: null,
  facilitator: null,
  goals: null,
  targetGroup: null,
  area: null,
  startsOn: null,
  endsOn: null,
  partners: [],
  specialists: [],
  activities: null,
};

/** Every column the form decides, except the references (checked separately) and the slug. */
export function offerColumns(input: OfferInput) {
  const common = {
    type: input.type,
    name: input.name,
    audience: input.audience ?? null,
    audiences: input.audiences,
    description: input.description ?? null,
    joinMode: input.joinMode,
    howToJoin: input.howToJoin ?? null,
    contactPhone: input.contactPhone ?? null,
    contactEmail: input.contactEmail ?? null,
    isPublic: input.isPublic,
  };
  const own =
    input.type === "CLUB"
      ? { clubKind: input.clubKind }
      : input.type === "GROUP"
        ? { topic: input.topic ?? null, facilitator: input.facilitator ?? null }
        : {
            programmeKind: input.programmeKind,
            goals: input.goals ?? null,
            targetGroup: input.targetGroup ?? null,
            area: input.area ?? null,
            startsOn: input.startsOn ? dbDate(input.startsOn) : null,
            endsOn: input.endsOn ? dbDate(input.endsOn) : null,
            partners: input.partners,
            specialists: input.specialists,
            activities: input.activities ?? null,
          };
  const row = { ...none, ...common, ...own };
  // What text search matches, recomputed on every save so it never goes stale.
  const searchText = foldForSearch(row.name, row.audience, row.description, row.topic, row.facilitator, row.targetGroup);
  return { ...row, searchText };
}

import type { Messages } from "@/features/i18n/messages";
import type { ClubKind, ProgrammeKind } from "@/generated/prisma/enums";

/** "Klub seniora", "Projekt socjalny", "Grupa": what kind of offer this is, in the page's language. */
export function offerKindLabel(offer: { clubKind: ClubKind | null; programmeKind: ProgrammeKind | null }, t: Messages) {
  if (offer.clubKind) return t.clubKinds[offer.clubKind];
  if (offer.programmeKind) return t.programmeKinds[offer.programmeKind];
  return t.groupLabel;
}

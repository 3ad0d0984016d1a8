import type { EnrolmentStatus } from "@/generated/prisma/enums";

/** The state of a referral as the social worker reads it on the contract. */
export const REFERRAL_STATUS: Record<EnrolmentStatus, string> = {
  REFERRED: "czeka na decyzję koordynatora",
  WAITLISTED: "na liście oczekujących",
  DECLINED: "nieprzyjęte",
  ENROLLED: "przyjęte",
  COMPLETED: "udział ukończony",
  LEFT: "udział zakończony",
};

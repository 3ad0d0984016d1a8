import type { ContractVariant } from "@/generated/prisma/enums";
import { RESPONSIBLE_LABELS } from "../labels";

/** Who can answer for an action; family members only in variant A. */
export function responsibleOptions(variant: ContractVariant) {
  return (["CLIENT", "SOCIAL_WORKER", "FAMILY_MEMBER", "INSTITUTION"] as const)
    .filter((r) => variant === "A" || r !== "FAMILY_MEMBER")
    .map((value) => ({ value, label: RESPONSIBLE_LABELS[value][0].toUpperCase() + RESPONSIBLE_LABELS[value].slice(1) }));
}

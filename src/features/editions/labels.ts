import type { EditionStatus } from "@/generated/prisma/enums";

export const EDITION_STATUS_LABELS: Record<EditionStatus, string> = {
  PLANNED: "planowana",
  RECRUITING: "rekrutacja",
  RUNNING: "trwa",
  FINISHED: "zakończona",
};

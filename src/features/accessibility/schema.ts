import type { ComplianceStatus } from "@/generated/prisma/enums";
import { calendarDate } from "@/server/form-fields";
import { localDate } from "@/server/time";
import { email, optionalText, requiredText, z } from "@/server/validation";

export const COMPLIANCE_STATUSES = ["FULL", "PARTIAL", "NONE"] as const satisfies readonly ComplianceStatus[];

/** The words of the law's template: the website is "zgodna", "częściowo zgodna" or "niezgodna". */
export const COMPLIANCE_LABELS: Record<ComplianceStatus, string> = { FULL: "zgodna", PARTIAL: "częściowo zgodna", NONE: "niezgodna" };

const preparedOn = calendarDate("datę sporządzenia deklaracji").refine(
  (date) => date <= localDate(new Date()),
  "Data sporządzenia nie może być w przyszłości.",
);

const phone = z
  .string({ error: "Podaj numer telefonu." })
  .trim()
  .min(1, "Podaj numer telefonu.")
  .max(40, "Najwyżej 40 znaków.")
  .regex(/^\+?[\d\s()-]{7,}$/, "Podaj numer telefonu, np. 22 123 45 67.");

const complianceStatus = z.enum(COMPLIANCE_STATUSES, { error: "Wybierz, na ile strony są zgodne z ustawą." });

export const statementInput = z
  .object({
    status: complianceStatus,
    nonAccessibleContent: optionalText(5000),
    preparedOn,
    assessmentMethod: requiredText("podstawę sporządzenia deklaracji", 500),
    contactName: requiredText("osobę lub komórkę do kontaktu", 200),
    contactEmail: email,
    contactPhone: phone,
    architecturalAccessibility: optionalText(10000),
  })
  .refine((v) => v.status === "FULL" || Boolean(v.nonAccessibleContent), {
    path: ["nonAccessibleContent"],
    message: "Gdy strony nie są w pełni zgodne, wymień treści niedostępne i powód – tego wymaga ustawa.",
    // Checked together with the other fields, so every message shows after one submit.
    when: ({ value }) => complianceStatus.safeParse((value as { status?: unknown } | undefined)?.status).success,
  });

export type StatementInput = z.output<typeof statementInput>;

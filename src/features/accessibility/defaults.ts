// What a centre's statement says before the admin has saved one: an honest, complete statement
// built from the centre's own details, so residents never meet a missing page and the admin starts
// from a sensible draft rather than an empty form.
import type { ComplianceStatus } from "@/generated/prisma/enums";

export type Statement = {
  status: ComplianceStatus;
  nonAccessibleContent: string | null;
  preparedOn: Date;
  assessmentMethod: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  architecturalAccessibility: string | null;
  publishedOn: Date;
  updatedOn: Date;
};

// Partial: the pages follow WCAG 2.1 AA, but what staff write is not checked by anyone and is often
// only in Polish.
export const DEFAULT_NON_ACCESSIBLE_CONTENT = [
  "Opisy zajęć i inne teksty wpisywane przez pracowników ośrodka mogą nie mieć tłumaczenia na język ukraiński i angielski – wtedy wyświetlają się po polsku.",
  "Teksty te powstają na bieżąco i nie zawsze są napisane prostym językiem. Na prośbę przekażemy te informacje w inny sposób, np. telefonicznie.",
].join("\n");

export const DEFAULT_ASSESSMENT_METHOD = "samoocena przeprowadzona przez ośrodek";
export const DEFAULT_CONTACT_NAME = "Sekretariat ośrodka";

/** The draft statement of a centre, dated `on` (a @db.Date value). */
export function statementDefaults(centre: { email: string | null; phone: string | null }, on: Date): Statement {
  return {
    status: "PARTIAL",
    nonAccessibleContent: DEFAULT_NON_ACCESSIBLE_CONTENT,
    preparedOn: on,
    assessmentMethod: DEFAULT_ASSESSMENT_METHOD,
    contactName: DEFAULT_CONTACT_NAME,
    contactEmail: centre.email ?? "",
    contactPhone: centre.phone,
    architecturalAccessibility: null,
    publishedOn: on,
    updatedOn: on,
  };
}

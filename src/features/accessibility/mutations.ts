// The centre's accessibility statement: one action, authorised by accessibilityPolicy, validated,
// one transaction, one audit event (see src/server/action.ts). It changes a public page.
import { defineAction } from "@/server/action";
import { dbDate, localDate } from "@/server/time";
import { accessibilityPolicy } from "./policy";
import { statementInput } from "./schema";

export const saveAccessibilityStatement = defineAction({
  name: "accessibility.statement.save",
  allow: accessibilityPolicy.edit,
  input: statementInput,
  affectsPublic: true,
  async run({ tx, centre, actor, input }) {
    const today = dbDate(localDate(new Date(), centre.timeZone));
    // Emptied optional fields are cleared, not left as they were.
    const fields = {
      status: input.status,
      nonAccessibleContent: input.nonAccessibleContent ?? null,
      preparedOn: dbDate(input.preparedOn),
      assessmentMethod: input.assessmentMethod,
      contactName: input.contactName,
      contactEmail: input.contactEmail,
      contactPhone: input.contactPhone,
      architecturalAccessibility: input.architecturalAccessibility ?? null,
      updatedOn: today,
      updatedById: actor.userId,
    };
    await tx.accessibilityStatement.upsert({
      where: { centreId: centre.id },
      create: { centreId: centre.id, publishedOn: today, ...fields },
      update: fields,
    });
    return {
      data: null,
      audit: { recordType: "AccessibilityStatement", recordId: centre.id },
      message: "Deklaracja dostępności została zapisana i jest już widoczna dla mieszkańców.",
    };
  },
});

import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { dbDate, localDate } from "@/server/time";
import { statementDefaults, type Statement } from "./defaults";

const statementSelect = {
  status: true,
  nonAccessibleContent: true,
  preparedOn: true,
  assessmentMethod: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  architecturalAccessibility: true,
  publishedOn: true,
  updatedOn: true,
} satisfies Prisma.AccessibilityStatementSelect;

/** For the admin's editor: the saved statement, or a draft dated today to start from. */
export async function getStatementForEditing(centre: AuthorisedCentre): Promise<{ saved: boolean; statement: Statement }> {
  const [saved, details] = await Promise.all([
    db.accessibilityStatement.findUnique({ where: { centreId: centre.id }, select: statementSelect }),
    db.centre.findUniqueOrThrow({ where: { id: centre.id }, select: { email: true, phone: true } }),
  ]);
  if (saved) return { saved: true, statement: saved };
  return { saved: false, statement: statementDefaults(details, dbDate(localDate(new Date(), centre.timeZone))) };
}

/**
 * The public statement of a centre, or null for an unknown centre. Until the admin saves one, the
 * draft is shown, dated from when the centre's pages appeared in Razem (so the cached page is the
 * same whenever it is rendered).
 */
export async function getPublicStatement(centreSlug: string) {
  const centre = await db.centre.findUnique({
    where: { slug: centreSlug },
    select: {
      slug: true,
      name: true,
      shortName: true,
      street: true,
      postalCode: true,
      city: true,
      email: true,
      phone: true,
      createdAt: true,
      timeZone: true,
      accessibilityStatement: { select: statementSelect },
    },
  });
  if (!centre) return null;
  const { accessibilityStatement: saved, createdAt, timeZone, ...details } = centre;
  return {
    centre: details,
    statement: saved ?? statementDefaults(details, dbDate(localDate(createdAt, timeZone))),
    isDefault: !saved,
  };
}

export type PublicStatement = NonNullable<Awaited<ReturnType<typeof getPublicStatement>>>;

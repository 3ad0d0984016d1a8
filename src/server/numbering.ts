// Documents numbered per centre and year: contracts 1/2026, 2/2026…; KIS certificates likewise, in
// their own sequence. Two people creating documents at the same moment must never get the same
// number, so the next number is taken with one atomic statement inside the creating transaction:
// the row lock it takes makes concurrent creations queue, and a rolled-back creation gives its
// number back.
import type { Tx } from "./db";

export const SEQUENCES = {
  contract: "social-contract",
  certificate: "kis-certificate",
} as const;

export type SequenceName = (typeof SEQUENCES)[keyof typeof SEQUENCES];

/** The next value of the centre's named yearly sequence (1 for the first). */
export async function nextNumber(tx: Tx, centreId: string, name: SequenceName, year: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "NumberSequence" ("centreId", "name", "year", "value") VALUES (${centreId}::uuid, ${name}, ${year}, 1)
    ON CONFLICT ("centreId", "name", "year") DO UPDATE SET "value" = "NumberSequence"."value" + 1
    RETURNING "value"`;
  return row.value;
}

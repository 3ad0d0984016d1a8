// Contract numbers run per centre and year (src/server/numbering.ts says how they stay unique).
import type { Tx } from "@/server/db";
import { nextNumber, SEQUENCES } from "@/server/numbering";

export function nextContractNumber(tx: Tx, centreId: string, year: number): Promise<number> {
  return nextNumber(tx, centreId, SEQUENCES.contract, year);
}

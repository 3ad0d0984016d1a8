// The PDF of one contract for the signed-in person: read, laid out, and its download audited.
import { writeAudit } from "@/server/audit";
import { assertMay } from "@/server/tenant";
import { db } from "@/server/db";
import type { AuthorisedCentre } from "@/server/tenant";
import { getContract } from "../data";
import { contractsPolicy } from "../policy";
import { contractPdfData } from "./pdf-data";
import { renderContractPdf } from "./render";

/** The file and its name ("kontrakt-socjalny-12-2026.pdf"); null if the contract is not of this centre. */
export async function contractPdf(centre: AuthorisedCentre, contractId: string) {
  assertMay(centre, contractsPolicy.pdf);
  const contract = await getContract(centre, contractId);
  if (!contract) return null;
  const letterhead = await db.centre.findUniqueOrThrow({ where: { id: centre.id }, select: { name: true, street: true, postalCode: true, city: true } });
  const body = await renderContractPdf(contractPdfData(contract, letterhead));
  // Audited once the file exists: a printed contract is a copy of a client's case leaving the system.
  await db.$transaction((tx) => writeAudit(tx, centre.id, centre.actorId, { action: "contract.pdf", recordType: "SocialContract", recordId: contract.id }));
  return { body, filename: `kontrakt-socjalny-${contract.number}-${contract.year}.pdf` };
}

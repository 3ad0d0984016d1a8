import type { Tx } from "./db";

export type AuditEntry = {
  /** What happened, e.g. "member.invite", "participant.sensitive.read". */
  action: string;
  /** Which record: its type and id. Never the personal data itself. */
  recordType: string;
  recordId: string;
};

/** Appends to the centre's audit log, inside the caller's transaction. */
export async function writeAudit(tx: Tx, centreId: string, actorId: string | null, entry: AuditEntry) {
  await writeAudits(tx, centreId, actorId, [entry]);
}

/** Several entries at once (e.g. one per corrected mark), in one statement. */
export async function writeAudits(tx: Tx, centreId: string, actorId: string | null, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({ data: entries.map((entry) => ({ centreId, actorId, ...entry })) });
}

// Every decision that can make a volunteer APPROVED on a task first locks the task's row
// (SELECT … FOR UPDATE): two coordinators approving at once queue one after the other, so a task
// never has more approved volunteers than it needs.
import type { Tx } from "@/server/db";
import { needsGuardianConsent } from "@/features/volunteers/age";
import { conflict, notFound } from "@/server/errors";
import { localDate } from "@/server/time";

export type LockedTask = {
  id: string;
  needed: number;
  withChildren: boolean;
  openForSignup: boolean;
  withdrawUntil: Date | null;
  startsAt: Date;
  status: string;
};

export async function lockTask(tx: Tx, centreId: string, taskId: string): Promise<LockedTask> {
  const [row] = await tx.$queryRaw<LockedTask[]>`
    SELECT t."id", t."needed", t."withChildren", t."openForSignup", t."withdrawUntil", s."startsAt", s."status"::text AS "status"
    FROM "VolunteerTask" t JOIN "Session" s ON s."centreId" = t."centreId" AND s."id" = t."sessionId"
    WHERE t."centreId" = ${centreId}::uuid AND t."id" = ${taskId}::uuid
    FOR UPDATE OF t`;
  if (!row) throw notFound("Nie znaleziono tego zadania.");
  return row;
}

export async function approvedCount(tx: Tx, centreId: string, taskId: string) {
  return tx.assignment.count({ where: { centreId, taskId, status: "APPROVED" } });
}

/** Refuses one more approved volunteer when the task already has as many as it needs. */
export async function requirePlace(tx: Tx, centreId: string, task: LockedTask) {
  if ((await approvedCount(tx, centreId, task.id)) >= task.needed) {
    throw conflict(`To zadanie ma już komplet wolontariuszy (${task.needed}). Zwiększ liczbę potrzebnych osób albo wybierz inne zadanie.`);
  }
}

/** Register check (RSPO) and criminal-record certificate: both dates are needed for work with children. */
export function requireCheckedForChildren(
  task: LockedTask,
  v: { registerCheckOn: Date | null; criminalRecordOn: Date | null },
  who: "coordinator" | "volunteer" = "coordinator",
) {
  if (!task.withChildren) return;
  const missing = [
    v.registerCheckOn ? null : "sprawdzenia w Rejestrze Sprawców Przestępstw na Tle Seksualnym",
    v.criminalRecordOn ? null : "zaświadczenia o niekaralności",
  ]
    .filter(Boolean)
    .join(" ani ");
  if (missing && who === "volunteer") {
    throw conflict(
      "To zadanie jest z udziałem dzieci. Potrzebne są sprawdzenie w rejestrze i zaświadczenie o niekaralności: porozmawiaj z koordynatorem wolontariatu.",
    );
  }
  if (missing) {
    throw conflict(`To zadanie jest z udziałem dzieci, a ten wolontariusz nie ma wpisanej daty ${missing}. Najpierw uzupełnij daty sprawdzeń w jego profilu.`);
  }
}

/**
 * Under 18 (or turning 18 this year: only the year of birth is known, see volunteers/age.ts) a
 * guardian's consent is a condition of any volunteering, so no task without its date. `year` is the
 * year of the session.
 */
export function requireConsent(
  task: LockedTask,
  v: { birthYear: number; guardianConsentOn: Date | null },
  who: "coordinator" | "volunteer" = "coordinator",
  timeZone = "Europe/Warsaw",
) {
  const year = Number(localDate(task.startsAt, timeZone).slice(0, 4));
  if (v.guardianConsentOn || !needsGuardianConsent(v.birthYear, year)) return;
  if (who === "volunteer") {
    throw conflict("Do udziału w zadaniach potrzebna jest zgoda rodzica lub opiekuna prawnego. Porozmawiaj z koordynatorem wolontariatu.");
  }
  throw conflict(
    "Ten wolontariusz jest niepełnoletni (lub kończy 18 lat w tym roku), a w jego profilu nie ma daty zgody rodzica lub opiekuna. Najpierw ją uzupełnij.",
  );
}

/** A volunteer is put on a task only before its session: not on a cancelled one, nor one already started. */
export function requireUpcoming(task: LockedTask, now = new Date()) {
  if (task.status === "CANCELLED") throw conflict("To spotkanie jest odwołane: nie można na nie przydzielać wolontariuszy.");
  if (task.startsAt <= now) throw conflict("To spotkanie już się zaczęło albo odbyło: nie można na nie przydzielać wolontariuszy.");
}

// Saving a session's register in one go. First marks are written in one batch; a mark that changes
// afterwards is a correction: the register keeps what it said before, who changed it and when
// (AttendanceChange) and the audit log records it. Marks that stay the same are not touched.
import { Prisma } from "@/generated/prisma/client";
import type { AttendanceStatus } from "@/generated/prisma/enums";
import { defineAction } from "@/server/action";
import { writeAudits } from "@/server/audit";
import { conflict, InputError, invalid, notFound } from "@/server/errors";
import { localDate } from "@/server/time";
import { attendancePolicy } from "./policy";
import { rosterOn } from "./roster";
import { markField, saveRegisterInput } from "./schema";

export const saveRegister = defineAction({
  name: "attendance.save",
  allow: attendancePolicy.mark,
  input: saveRegisterInput,
  async run({ tx, centre, actor, input }) {
    // The session's row is locked, so two people saving the same register queue one after another.
    const [session] = await tx.$queryRaw<{ id: string; editionId: string | null; startsAt: Date; status: string }[]>`
      SELECT "id", "editionId", "startsAt", "status" FROM "Session"
      WHERE "centreId" = ${centre.id}::uuid AND "id" = ${input.sessionId}::uuid
      FOR UPDATE`;
    if (!session || !session.editionId) throw notFound("Nie znaleziono tych zajęć KIS.");
    if (session.status === "CANCELLED") throw conflict("Te zajęcia zostały odwołane: nie prowadzi się dla nich listy obecności.");
    const day = localDate(session.startsAt, centre.timeZone);
    if (day > localDate(new Date(), centre.timeZone)) throw conflict(`Obecność można zaznaczyć w dniu zajęć (${day}) albo później, nie wcześniej.`);

    const roster = await rosterOn(tx, centre, session.editionId, day);
    const onRoster = new Set(roster.map((r) => r.participantId));
    const stranger = Object.keys(input.marks).find((id) => !onRoster.has(id));
    if (stranger) throw invalid("Na liście są tylko uczestnicy tej edycji, których okres udziału obejmuje dzień zajęć.", markField(stranger));
    const missing = roster.filter((r) => !input.marks[r.participantId]);
    if (roster.length === 0) throw conflict("W dniu tych zajęć nikt nie uczestniczył w tej edycji: nie ma kogo zaznaczyć.");
    if (missing.length) {
      // Each person without a mark gets the message next to her name, and the summary lists them all.
      throw new InputError(Object.fromEntries(missing.map((m) => [markField(m.participantId), ["Zaznacz obecność tej osoby."]])));
    }

    const existing = await tx.attendance.findMany({
      where: { centreId: centre.id, sessionId: session.id },
      select: { participantId: true, status: true },
    });
    const before = new Map(existing.map((a) => [a.participantId, a.status]));
    const now = new Date();
    const created: { participantId: string; status: AttendanceStatus }[] = [];
    const changed: { participantId: string; from: AttendanceStatus; to: AttendanceStatus }[] = [];
    for (const r of roster) {
      const to = input.marks[r.participantId];
      const from = before.get(r.participantId);
      if (!from) created.push({ participantId: r.participantId, status: to });
      else if (from !== to) changed.push({ participantId: r.participantId, from, to });
    }

    if (created.length) {
      await tx.attendance.createMany({
        data: created.map((c) => ({ centreId: centre.id, sessionId: session.id, ...c, markedById: actor.userId, markedAt: now })),
      });
    }
    if (changed.length) {
      // Only the marks that really changed, each to its own status, in one UPDATE … FROM (VALUES …).
      const values = Prisma.join(changed.map((c) => Prisma.sql`(${c.participantId}::uuid, ${c.to}::"AttendanceStatus")`));
      const updated = await tx.$executeRaw`
        UPDATE "Attendance" AS a SET "status" = v.status, "markedById" = ${actor.userId}::uuid, "markedAt" = ${now}
        FROM (VALUES ${values}) AS v(participant_id, status)
        WHERE a."centreId" = ${centre.id}::uuid AND a."sessionId" = ${session.id}::uuid AND a."participantId" = v.participant_id`;
      // The session's row is locked and the marks were read under it: each must still be there.
      if (updated !== changed.length) throw conflict("Lista obecności zmieniła się w międzyczasie. Odśwież stronę i spróbuj ponownie.");
      const corrections = await tx.attendanceChange.createManyAndReturn({
        data: changed.map((c) => ({
          centreId: centre.id,
          sessionId: session.id,
          participantId: c.participantId,
          fromStatus: c.from,
          toStatus: c.to,
          changedById: actor.userId,
          changedAt: now,
        })),
        select: { id: true },
      });
      // One audit event per correction, pointing at the change (never at the person's data).
      await writeAudits(
        tx,
        centre.id,
        actor.userId,
        corrections.map((c) => ({ action: "attendance.correct", recordType: "AttendanceChange", recordId: c.id })),
      );
    }
    if (session.status !== "HELD") {
      await tx.session.update({ where: { centreId_id: { centreId: centre.id, id: session.id } }, data: { status: "HELD" } });
    }

    const message =
      created.length === 0 && changed.length === 0
        ? "Lista obecności bez zmian."
        : changed.length
          ? `Zapisano listę obecności. Poprawione zaznaczenia: ${changed.length}.`
          : "Zapisano listę obecności.";
    return {
      data: { created: created.length, corrected: changed.length },
      audit: { recordType: "Session", recordId: session.id },
      message,
    };
  },
});

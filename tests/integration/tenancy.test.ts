// The database itself keeps centres apart: relations between tenant rows carry centreId, so a row
// that points into another centre is refused by a foreign key, whatever the code does.
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeCentre } from "../factories";

async function offerIn(centreId: string) {
  return db.offer.create({ data: { centreId, type: "GROUP", slug: `grupa-${Math.random().toString(36).slice(2)}`, name: "Grupa" }, select: { id: true } });
}

describe("tenancy in PostgreSQL", () => {
  it("refuses a session that points at another centre's offer", async () => {
    const [a, b] = await Promise.all([makeCentre(), makeCentre()]);
    const offerOfB = await offerIn(b.id);
    await expect(
      db.session.create({ data: { centreId: a.id, offerId: offerOfB.id, startsAt: new Date("2026-12-01T09:00Z"), endsAt: new Date("2026-12-01T10:00Z") } }),
    ).rejects.toThrow(/foreign key/i);
  });

  it("refuses an enrolment of another centre's participant, and accepts one within the centre", async () => {
    const [a, b] = await Promise.all([makeCentre(), makeCentre()]);
    const offer = await offerIn(a.id);
    const participantOfB = await db.participant.create({ data: { centreId: b.id, firstName: "Jan", lastName: "Obcy", searchName: "obcy jan" } });
    await expect(db.enrolment.create({ data: { centreId: a.id, offerId: offer.id, participantId: participantOfB.id } })).rejects.toThrow(/foreign key/i);

    const own = await db.participant.create({ data: { centreId: a.id, firstName: "Jan", lastName: "Swój", searchName: "swoj jan" } });
    await expect(db.enrolment.create({ data: { centreId: a.id, offerId: offer.id, participantId: own.id } })).resolves.toBeTruthy();
  });

  it("refuses a participant assigned to a social worker who is not a member of the centre", async () => {
    const [a, b] = await Promise.all([makeCentre(), makeCentre()]);
    const user = await db.user.create({ data: { email: `sw-${Math.random()}@razem.test`, name: "Pracownik B", passwordHash: "x" } });
    await db.membership.create({ data: { centreId: b.id, userId: user.id, role: "SOCIAL_WORKER" } });
    await expect(
      db.participant.create({ data: { centreId: a.id, firstName: "Ewa", lastName: "Testowa", searchName: "testowa ewa", socialWorkerId: user.id } }),
    ).rejects.toThrow(/foreign key/i);
  });

  it("keeps the audit log append-only", async () => {
    const a = await makeCentre();
    const event = await db.auditEvent.create({ data: { centreId: a.id, action: "test", recordType: "Centre", recordId: a.id } });
    await expect(db.auditEvent.update({ where: { centreId_id: { centreId: a.id, id: event.id } }, data: { action: "changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.delete({ where: { centreId_id: { centreId: a.id, id: event.id } } })).rejects.toThrow(/append-only/);
  });

  it("sorts names by Polish collation (Ł after L, Ż after Z)", async () => {
    const a = await makeCentre();
    for (const [first, last] of [
      ["Żaneta", "Żak"],
      ["Łucja", "Łata"],
      ["Lucyna", "Lis"],
      ["Zenon", "Zając"],
      ["Ewa", "Ćma"],
      ["Celina", "Cis"],
    ]) {
      await db.participant.create({ data: { centreId: a.id, firstName: first, lastName: last, searchName: last.toLowerCase() } });
    }
    const sorted = await db.participant.findMany({ where: { centreId: a.id }, orderBy: { lastName: "asc" }, select: { lastName: true } });
    expect(sorted.map((p) => p.lastName)).toEqual(["Cis", "Ćma", "Lis", "Łata", "Zając", "Żak"]);
  });
});

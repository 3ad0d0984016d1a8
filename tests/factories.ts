// Builders of real rows for integration tests. Every call makes new, uniquely named records, so
// test files can run in parallel against one database without seeing each other's data.
import { randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/server/auth/session";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";

const unique = () => randomUUID().slice(0, 8);

export async function makeCentre(name = "Ośrodek Testowy") {
  const slug = `test-${unique()}`;
  return db.centre.create({
    data: {
      slug,
      kind: "OPS",
      name: `${name} ${slug}`,
      shortName: name,
      municipality: "Testowo",
      street: "ul. Próbna 1",
      postalCode: "00-001",
      city: "Testowo",
    },
    select: { id: true, slug: true, name: true },
  });
}

let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = "test-password-123";

export async function makeUser(name = "Jan Testowy") {
  const email = `user-${unique()}@razem.test`;
  const user = await db.user.create({
    data: { email, name, passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)) },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  return user;
}

export function actorOf(user: { id: string; name: string; email: string }): Actor {
  return { userId: user.id, name: user.name, email: user.email };
}

/** A new person with the given role in the centre. */
export async function makeMember(centre: { id: string }, role: Role, name = `${role} Testowy`) {
  const user = await makeUser(name);
  const membership = await db.membership.create({ data: { centreId: centre.id, userId: user.id, role }, select: { id: true } });
  return { user, membershipId: membership.id, actor: actorOf(user) };
}

/** Two centres, every role in the first, an admin in the second. */
export async function makeWorld() {
  const centre = await makeCentre();
  const other = await makeCentre("Inny Ośrodek");
  const [admin, coordinator, socialWorker, volunteer, otherAdmin] = await Promise.all([
    makeMember(centre, "ADMIN", "Alicja Administratorka"),
    makeMember(centre, "COORDINATOR", "Konrad Koordynator"),
    makeMember(centre, "SOCIAL_WORKER", "Paulina Pracownik"),
    makeMember(centre, "VOLUNTEER", "Wiktor Wolontariusz"),
    makeMember(other, "ADMIN", "Olga Obca"),
  ]);
  return { centre, other, admin, coordinator, socialWorker, volunteer, otherAdmin };
}

export async function auditEvents(centreId: string, action: string) {
  return db.auditEvent.findMany({ where: { centreId, action } });
}

// The database as a whole: migrations build an empty database, the demo loads once, health reports.
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseIsReachable } from "@/server/health";
import { applyMigrations } from "../../scripts/lib/schema-engine";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { nextContractNumber } from "@/features/contracts/numbering";
import { nextNumber, SEQUENCES } from "@/server/numbering";
import { throwawayDatabase } from "../setup/throwaway-database";
import { GET } from "@/app/api/health/route";

describe("migrations", () => {
  it("apply to an empty database, record themselves, and are not applied twice", async () => {
    const database = await throwawayDatabase("razem_migrate", { migrate: false });
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      const applied = await applyMigrations(database.url);
      expect(applied.length).toBeGreaterThan(0);
      expect(await applyMigrations(database.url)).toEqual([]);
      const rows = await client.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`SELECT migration_name, finished_at FROM "_prisma_migrations"`;
      expect(rows.map((r) => r.migration_name).sort()).toEqual([...applied].sort());
      expect(rows.every((r) => r.finished_at)).toBe(true);
      expect(await client.centre.count()).toBe(0);
    } finally {
      await client.$disconnect();
      await database.drop();
    }
  });
});

describe("demo data", () => {
  it("loads the five centres into an empty database once, never over existing data", async () => {
    const database = await throwawayDatabase("razem_seed");
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    try {
      expect(await seedDemoIfEmpty(client)).toBe(true);
      const centres = await client.centre.findMany({ select: { slug: true, _count: { select: { offers: true, memberships: true } } } });
      expect(centres).toHaveLength(5);
      for (const c of centres) {
        expect(c._count.offers, c.slug).toBeGreaterThan(0);
        expect(c._count.memberships, c.slug).toBeGreaterThanOrEqual(4);
      }
      const roles = await client.membership.groupBy({ by: ["role"], _count: true });
      expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "COORDINATOR", "SOCIAL_WORKER", "VOLUNTEER"]);
      expect(await client.kisEdition.count({ where: { number: 6, cycles: { some: { number: 2 } } } })).toBe(1);
      // A new contract continues the centre's numbering after the demo's contracts.
      const numbered = await client.socialContract.findFirstOrThrow({ orderBy: { number: "desc" }, select: { centreId: true, year: true, number: true } });
      const next = await client.$transaction((tx) => nextContractNumber(tx, numbered.centreId, numbered.year));
      expect(next).toBe(numbered.number + 1);
      // So do KIS certificates after the demo's.
      const certified = await client.enrolment.findFirstOrThrow({
        where: { certificateNumber: { not: null } },
        orderBy: { certificateNumber: "desc" },
        select: { centreId: true, certificateYear: true, certificateNumber: true },
      });
      const nextCertificate = await client.$transaction((tx) => nextNumber(tx, certified.centreId, SEQUENCES.certificate, certified.certificateYear!));
      expect(nextCertificate).toBe(certified.certificateNumber! + 1);
      const before = await client.offer.count();
      expect(await seedDemoIfEmpty(client)).toBe(false);
      expect(await client.offer.count()).toBe(before);
    } finally {
      await client.$disconnect();
      await database.drop();
    }
  });
});

describe("health", () => {
  it("answers 200 with the database reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("reports an unreachable database", async () => {
    const dead = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:9/none", connectionTimeoutMillis: 500 }) });
    expect(await databaseIsReachable(dead, 1500)).toBe(false);
    await dead.$disconnect();
  });
});

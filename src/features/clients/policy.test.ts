import { describe, expect, it } from "vitest";
import { assertMay } from "@/server/tenant";
import type { AuthorisedCentre } from "@/server/tenant";
import { ALL_ROLES } from "@/server/roles";
import { clientsPolicy } from "./policy";

const allowedOf = (allowed: readonly string[]) => ALL_ROLES.filter((r) => allowed.includes(r));

describe("clients policy", () => {
  const { audit, ...rest } = clientsPolicy;

  it.each(Object.entries(rest))("only social workers and admins may %s", (_, allowed) => {
    expect(allowedOf(allowed)).toEqual(["ADMIN", "SOCIAL_WORKER"]);
  });

  it("only admins read a client's audit log", () => {
    expect(allowedOf(audit)).toEqual(["ADMIN"]);
  });

  it("coordinators and volunteers may do nothing with client records", () => {
    for (const allowed of Object.values(clientsPolicy)) {
      expect(allowed).not.toContain("COORDINATOR");
      expect(allowed).not.toContain("VOLUNTEER");
    }
  });

  it("data functions refuse a centre authorised for a weaker role", () => {
    const as = (role: string) => ({ role }) as unknown as AuthorisedCentre;
    expect(() => assertMay(as("COORDINATOR"), clientsPolicy.view)).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => assertMay(as("VOLUNTEER"), clientsPolicy.sensitive)).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => assertMay(as("SOCIAL_WORKER"), clientsPolicy.audit)).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => assertMay(as("SOCIAL_WORKER"), clientsPolicy.sensitive)).not.toThrow();
  });
});

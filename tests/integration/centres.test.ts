import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { acceptInvitation } from "@/features/account/mutations";
import { createCentreWithAdmin } from "@/features/centres/mutations";
import type { CreateCentreInput } from "@/features/centres/schema";
import { signInWithPassword } from "@/server/auth/sign-in";
import { db } from "@/server/db";
import { authoriseCentre } from "@/server/tenant";
import { actorOf, makeCentre, makeMember, TEST_PASSWORD } from "../factories";

const input = (overrides: Partial<CreateCentreInput> = {}): CreateCentreInput => ({
  slug: `ops-${Math.random().toString(36).slice(2, 8)}`,
  kind: "OPS",
  name: "Ośrodek Pomocy Społecznej w Przykładowie",
  shortName: "OPS Przykładów",
  municipality: "Przykładów",
  street: "ul. Główna 1",
  postalCode: "00-001",
  city: "Przykładów",
  admin: { email: `admin-${Math.random().toString(36).slice(2)}@ops.example.pl`, name: "Anna Nowak" },
  ...overrides,
});

describe("an operator creates a centre and its first admin", () => {
  it("invites a new admin by a one-time link, who then manages the centre", async () => {
    const data = input();
    const { centre, invitation } = await createCentreWithAdmin(data);
    expect(invitation.path).toMatch(/^\/invitation\//);
    const token = invitation.path.split("/").at(-1)!;
    const accepted = await acceptInvitation(token, { name: "Anna Nowak", password: "bardzo-dlugie-haslo", passwordRepeat: "bardzo-dlugie-haslo" }, "127.0.0.9");
    expect(accepted).toMatchObject({ ok: true, data: { centreSlug: centre.slug } });
    const user = await signInWithPassword(data.admin.email, "bardzo-dlugie-haslo", "127.0.0.9");
    expect((await authoriseCentre(actorOf(user!), centre.slug, ["ADMIN"])).role).toBe("ADMIN");
    expect((await db.auditEvent.findMany({ where: { centreId: centre.id } })).map((e) => e.action).sort()).toEqual([
      "centre.create",
      "member.invite",
      "member.join",
    ]);
  });

  it("invites someone who already has an account by a link too, which they accept with their own password", async () => {
    const { user } = await makeMember(await makeCentre(), "COORDINATOR");
    const { centre, invitation } = await createCentreWithAdmin(input({ admin: { email: user.email, name: "ignored" } }));
    // Not an admin until the link is accepted: merely having an account with that address is not enough.
    await expect(authoriseCentre(actorOf(user), centre.slug, ["ADMIN"])).rejects.toMatchObject({ code: "not_found" });
    const token = invitation.path.split("/").at(-1)!;
    expect(await acceptInvitation(token, { password: "someone-elses-guess" }, "127.0.0.11")).toMatchObject({ ok: false });
    expect(await acceptInvitation(token, { password: TEST_PASSWORD }, "127.0.0.11")).toMatchObject({ ok: true });
    expect((await authoriseCentre(actorOf(user), centre.slug, ["ADMIN"])).role).toBe("ADMIN");
  });

  it("refuses a taken slug, a slug the app uses, and bad input, creating nothing", async () => {
    const first = input();
    await createCentreWithAdmin(first);
    await expect(createCentreWithAdmin(input({ slug: first.slug }))).rejects.toMatchObject({ code: "conflict", field: "slug" });
    await expect(createCentreWithAdmin(input({ slug: "staff" }))).rejects.toBeInstanceOf(ZodError);
    await expect(createCentreWithAdmin(input({ postalCode: "12345" }))).rejects.toThrow(/00-000/);
    expect(await db.centre.count({ where: { slug: "staff" } })).toBe(0);
  });
});

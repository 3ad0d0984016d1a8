import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/features/account/mutations";
import { changeMemberRole, deactivateMember, inviteMember, reactivateMember, revokeInvitation } from "@/features/members/mutations";
import { listOpenInvitations, listTeam } from "@/features/members/data";
import { isSessionCurrent } from "@/server/auth/sign-in";
import { db } from "@/server/db";
import { authoriseCentre } from "@/server/tenant";
import { auditEvents, makeCentre, makeMember, makeWorld, TEST_PASSWORD } from "../factories";

type World = Awaited<ReturnType<typeof makeWorld>>;
let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

describe("every members action refuses outsiders and weaker roles", () => {
  const cases = [
    ["invite", () => inviteMember, () => ({ name: "Nowa Osoba", email: `nowa-${Math.random()}@razem.test`, role: "VOLUNTEER" })],
    ["change role", () => changeMemberRole, () => ({ membershipId: w.volunteer.membershipId, role: "COORDINATOR" })],
    ["deactivate", () => deactivateMember, () => ({ membershipId: w.volunteer.membershipId })],
    ["reactivate", () => reactivateMember, () => ({ membershipId: w.volunteer.membershipId })],
    ["revoke an invitation", () => revokeInvitation, () => ({ invitationId: "01900000-0000-7000-8000-000000000000" })],
  ] as const;

  for (const [name, action, input] of cases) {
    it(`${name}: another centre's admin gets "not found", nothing changes`, async () => {
      const before = await db.membership.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: w.volunteer.membershipId } } });
      const result = await action()(w.otherAdmin.actor, w.centre.slug, input());
      expect(result).toMatchObject({ ok: false, code: "not_found" });
      const after = await db.membership.findUniqueOrThrow({ where: { centreId_id: { centreId: w.centre.id, id: w.volunteer.membershipId } } });
      expect(after).toEqual(before);
    });

    for (const role of ["coordinator", "socialWorker", "volunteer"] as const) {
      it(`${name}: a ${role} is refused`, async () => {
        const result = await action()(w[role].actor, w.centre.slug, input());
        expect(result).toMatchObject({ ok: false, code: "forbidden" });
      });
    }

    it(`${name}: without a session it is refused`, async () => {
      expect(await action()(null, w.centre.slug, input())).toMatchObject({ ok: false, code: "unauthenticated" });
    });
  }

  it("an admin cannot act on a membership of another centre through their own centre", async () => {
    const result = await deactivateMember(w.admin.actor, w.centre.slug, { membershipId: w.otherAdmin.membershipId });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.membership.findFirstOrThrow({ where: { id: w.otherAdmin.membershipId } })).status).toBe("ACTIVE");
  });
});

describe("inviting", () => {
  it("creates a one-time invitation valid for 72 hours and audits it", async () => {
    const email = `Zaproszona.${Date.now()}@Razem.TEST`;
    const result = await inviteMember(w.admin.actor, w.centre.slug, { name: "Zofia Zaproszona", email, role: "SOCIAL_WORKER" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.path).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);
    const hours = (result.data.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    const open = await listOpenInvitations(await authoriseCentre(w.admin.actor, w.centre.slug, ["ADMIN"]));
    expect(open.map((i) => i.email)).toContain(email.toLowerCase());
    // The token itself is never stored.
    const stored = await db.invitation.findMany({ where: { centreId: w.centre.id } });
    expect(JSON.stringify(stored)).not.toContain(result.data.path.split("/").at(-1));
    expect((await auditEvents(w.centre.id, "member.invite")).length).toBeGreaterThan(0);
  });

  it("answers bad input with Polish messages per field", async () => {
    const result = await inviteMember(w.admin.actor, w.centre.slug, { name: " ", email: "nie-email", role: "KROL" });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors?.name?.[0]).toBe("Podaj imię i nazwisko.");
    expect(result.fieldErrors?.email?.[0]).toMatch(/poprawny adres e-mail/);
    expect(result.fieldErrors?.role?.[0]).toBe("Wybierz rolę.");
  });

  it("refuses to invite someone who is already an active member", async () => {
    const result = await inviteMember(w.admin.actor, w.centre.slug, { name: "Konrad", email: w.coordinator.user.email, role: "ADMIN" });
    expect(result).toMatchObject({ ok: false, code: "conflict", fieldErrors: { email: ["Ta osoba już należy do zespołu ośrodka."] } });
  });
});

describe("roles and deactivation", () => {
  it("changes a role, effective at once", async () => {
    const m = await makeMember(w.centre, "VOLUNTEER");
    const result = await changeMemberRole(w.admin.actor, w.centre.slug, { membershipId: m.membershipId, role: "COORDINATOR" });
    expect(result.ok).toBe(true);
    expect((await authoriseCentre(m.actor, w.centre.slug, ["COORDINATOR"])).role).toBe("COORDINATOR");
    expect((await auditEvents(w.centre.id, "member.role.change")).some((e) => e.recordId === m.membershipId)).toBe(true);
  });

  it("deactivating ends the person's sessions everywhere and locks them out of the centre", async () => {
    const m = await makeMember(w.centre, "SOCIAL_WORKER");
    expect(await isSessionCurrent(m.user.id, m.user.sessionVersion)).toBe(true);
    const result = await deactivateMember(w.admin.actor, w.centre.slug, { membershipId: m.membershipId });
    expect(result.ok).toBe(true);
    expect(await isSessionCurrent(m.user.id, m.user.sessionVersion)).toBe(false);
    await expect(authoriseCentre(m.actor, w.centre.slug, ["SOCIAL_WORKER"])).rejects.toMatchObject({ code: "not_found" });

    const back = await reactivateMember(w.admin.actor, w.centre.slug, { membershipId: m.membershipId });
    expect(back.ok).toBe(true);
    expect((await authoriseCentre(m.actor, w.centre.slug, ["SOCIAL_WORKER"])).role).toBe("SOCIAL_WORKER");
  });

  it("an admin cannot deactivate themselves", async () => {
    const result = await deactivateMember(w.admin.actor, w.centre.slug, { membershipId: w.admin.membershipId });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
  });

  it("a centre keeps at least one active admin, also when two admins demote each other at once", async () => {
    const { centre, admin: first } = await makeWorld();
    const second = await makeMember(centre, "ADMIN");
    const [a, b] = await Promise.all([
      changeMemberRole(first.actor, centre.slug, { membershipId: second.membershipId, role: "COORDINATOR" }),
      changeMemberRole(second.actor, centre.slug, { membershipId: first.membershipId, role: "COORDINATOR" }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(await db.membership.count({ where: { centreId: centre.id, role: "ADMIN", status: "ACTIVE" } })).toBe(1);
  });

  it("lists only the centre's own team, sorted by name in Polish", async () => {
    const team = await listTeam(await authoriseCentre(w.admin.actor, w.centre.slug, ["ADMIN"]));
    expect(team.some((m) => m.userId === w.otherAdmin.user.id)).toBe(false);
    const names = team.filter((m) => m.status === "ACTIVE").map((m) => m.user.name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, "pl")));
  });
});

describe("invitations stay under the admin's control", () => {
  const tokenOf = (result: Awaited<ReturnType<typeof inviteMember>>) => {
    if (!result.ok) throw new Error(result.message);
    return result.data.path.split("/").at(-1)!;
  };

  it("an admin withdraws an open invitation, and its link stops working", async () => {
    const email = `wycofana-${Date.now()}@razem.test`;
    const token = tokenOf(await inviteMember(w.admin.actor, w.centre.slug, { name: "Ola", email, role: "VOLUNTEER" }));
    const [open] = await db.invitation.findMany({ where: { centreId: w.centre.id, email, revokedAt: null } });
    expect(await revokeInvitation(w.admin.actor, w.centre.slug, { invitationId: open.id })).toMatchObject({ ok: true });
    const accepted = await acceptInvitation(token, { name: "Ola", password: "dlugie-haslo-12", passwordRepeat: "dlugie-haslo-12" }, "10.9.9.9");
    expect(accepted).toMatchObject({ ok: false, code: "invalid" });
  });

  it("deactivating or reactivating someone withdraws the invitations to them, so an old link cannot raise their role", async () => {
    const m = await makeMember(w.centre, "VOLUNTEER");
    await deactivateMember(w.admin.actor, w.centre.slug, { membershipId: m.membershipId });
    // By mistake the admin invites them as ADMIN, then reactivates them instead.
    const token = tokenOf(await inviteMember(w.admin.actor, w.centre.slug, { name: "Pomyłka", email: m.user.email, role: "ADMIN" }));
    await reactivateMember(w.admin.actor, w.centre.slug, { membershipId: m.membershipId });
    expect(await acceptInvitation(token, { password: TEST_PASSWORD }, "10.9.9.8")).toMatchObject({ ok: false, code: "invalid" });
    expect((await authoriseCentre(m.actor, w.centre.slug, ["VOLUNTEER"])).role).toBe("VOLUNTEER");
  });

  it("an invitation never changes the role of someone already active in the team", async () => {
    const m = await makeMember(w.centre, "VOLUNTEER");
    // Invited while deactivated; then reactivated by another route: the membership is active again.
    await db.membership.update({ where: { centreId_id: { centreId: w.centre.id, id: m.membershipId } }, data: { status: "DEACTIVATED" } });
    const token = tokenOf(await inviteMember(w.admin.actor, w.centre.slug, { name: "X", email: m.user.email, role: "ADMIN" }));
    await db.membership.update({ where: { centreId_id: { centreId: w.centre.id, id: m.membershipId } }, data: { status: "ACTIVE" } });
    expect(await acceptInvitation(token, { password: TEST_PASSWORD }, "10.9.9.7")).toMatchObject({ ok: false, code: "conflict" });
    expect((await authoriseCentre(m.actor, w.centre.slug, ["VOLUNTEER"])).role).toBe("VOLUNTEER");
  });

  it("concurrent invitations to one address leave exactly one open link", async () => {
    const email = `rownolegle-${Date.now()}@razem.test`;
    await Promise.all([1, 2, 3].map(() => inviteMember(w.admin.actor, w.centre.slug, { name: "R", email, role: "VOLUNTEER" })));
    expect(await db.invitation.count({ where: { centreId: w.centre.id, email, revokedAt: null, acceptedAt: null } })).toBe(1);
  });

  it("deactivation in one centre does not sign the person out of their other centre", async () => {
    const other = await makeCentre();
    const m = await makeMember(w.centre, "SOCIAL_WORKER");
    await db.membership.create({ data: { centreId: other.id, userId: m.user.id, role: "COORDINATOR" } });
    await deactivateMember(w.admin.actor, w.centre.slug, { membershipId: m.membershipId });
    expect(await isSessionCurrent(m.user.id, m.user.sessionVersion)).toBe(true);
    await expect(authoriseCentre(m.actor, w.centre.slug, ["SOCIAL_WORKER"])).rejects.toMatchObject({ code: "not_found" });
    expect((await authoriseCentre(m.actor, other.slug, ["COORDINATOR"])).role).toBe("COORDINATOR");
  });
});

import { describe, expect, it } from "vitest";
import { acceptInvitation, changePassword, signOutEverywhere } from "@/features/account/mutations";
import { findOpenInvitation } from "@/features/account/data";
import { inviteMember } from "@/features/members/mutations";
import { isSessionCurrent, signInWithPassword } from "@/server/auth/sign-in";
import { db } from "@/server/db";
import { auditEvents, makeMember, makeWorld, TEST_PASSWORD } from "../factories";

const ip = () => `172.16.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function invite(w: Awaited<ReturnType<typeof makeWorld>>, email: string, role: "COORDINATOR" | "ADMIN" = "COORDINATOR") {
  const result = await inviteMember(w.admin.actor, w.centre.slug, { name: "Nina Nowa", email, role });
  if (!result.ok) throw new Error(result.message);
  return result.data.path.split("/").at(-1)!;
}

describe("accepting an invitation", () => {
  it("lets a new person set a password once, then sign in and belong to the centre", async () => {
    const w = await makeWorld();
    const email = `nina-${Date.now()}@razem.test`;
    const token = await invite(w, email);
    expect(await findOpenInvitation(token)).toMatchObject({ email, hasAccount: false, centre: { slug: w.centre.slug } });

    const mismatch = await acceptInvitation(token, { name: "Nina Nowa", password: "dlugie-haslo-1", passwordRepeat: "inne-haslo-22" }, ip());
    expect(mismatch).toMatchObject({ ok: false, code: "validation", fieldErrors: { passwordRepeat: ["Hasła nie są takie same."] } });
    const short = await acceptInvitation(token, { name: "Nina Nowa", password: "krótkie", passwordRepeat: "krótkie" }, ip());
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: ["Hasło musi mieć co najmniej 10 znaków."] } });

    const ok = await acceptInvitation(token, { name: "Nina Nowa", password: "zielony-tramwaj", passwordRepeat: "zielony-tramwaj" }, ip());
    expect(ok).toMatchObject({ ok: true, data: { centreSlug: w.centre.slug } });
    const user = await signInWithPassword(email, "zielony-tramwaj", ip());
    expect(user).not.toBeNull();
    expect(await db.membership.findFirst({ where: { centreId: w.centre.id, userId: user!.id, role: "COORDINATOR", status: "ACTIVE" } })).not.toBeNull();
    expect((await auditEvents(w.centre.id, "member.join")).length).toBe(1);

    // The link works exactly once.
    expect(await findOpenInvitation(token)).toBeNull();
    const again = await acceptInvitation(token, { name: "Intruz", password: "przejmuje-konto", passwordRepeat: "przejmuje-konto" }, ip());
    expect(again).toMatchObject({ ok: false, code: "invalid" });
    expect(await signInWithPassword(email, "przejmuje-konto", ip())).toBeNull();
  });

  it("refuses an expired link and an unknown one", async () => {
    const w = await makeWorld();
    const token = await invite(w, `stary-${Date.now()}@razem.test`);
    await db.invitation.updateMany({ where: { centreId: w.centre.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findOpenInvitation(token)).toBeNull();
    expect(await acceptInvitation(token, { name: "X", password: "zielony-tramwaj", passwordRepeat: "zielony-tramwaj" }, ip())).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await findOpenInvitation("A".repeat(43))).toBeNull();
  });

  it("a second invitation to the same address replaces the first", async () => {
    const w = await makeWorld();
    const email = `dwa-${Date.now()}@razem.test`;
    const first = await invite(w, email);
    const second = await invite(w, email);
    expect(await findOpenInvitation(first)).toBeNull();
    expect(await findOpenInvitation(second)).not.toBeNull();
  });

  it("never resets an existing account's password: the person confirms with it and joins a second centre", async () => {
    const w = await makeWorld();
    const { user } = await makeMember(w.other, "SOCIAL_WORKER");
    const token = await invite(w, user.email);
    expect(await findOpenInvitation(token)).toMatchObject({ hasAccount: true });

    const wrong = await acceptInvitation(token, { password: "nie-to-haslo" }, ip());
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringMatching(/nieprawidłowe/)] } });
    const ok = await acceptInvitation(token, { password: TEST_PASSWORD, name: "Ktoś Inny", passwordRepeat: "x" }, ip());
    expect(ok.ok).toBe(true);
    expect(await db.membership.count({ where: { userId: user.id, status: "ACTIVE" } })).toBe(2);
    expect(await signInWithPassword(user.email, TEST_PASSWORD, ip())).toMatchObject({ name: user.name });
  });
});

describe("password and sessions", () => {
  it("changing the password needs the current one and ends every session", async () => {
    const w = await makeWorld();
    const { user, actor } = await makeMember(w.centre, "COORDINATOR");
    expect(await changePassword(actor, { currentPassword: "zle", password: "nowe-haslo-123", passwordRepeat: "nowe-haslo-123" }, ip())).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [expect.any(String)] },
    });
    expect(await changePassword(actor, { currentPassword: TEST_PASSWORD, password: "nowe-haslo-123", passwordRepeat: "nowe-haslo-124" }, ip())).toMatchObject({
      ok: false,
      fieldErrors: { passwordRepeat: ["Hasła nie są takie same."] },
    });
    expect(await changePassword(actor, { currentPassword: TEST_PASSWORD, password: "nowe-haslo-123", passwordRepeat: "nowe-haslo-123" }, ip())).toMatchObject({
      ok: true,
    });
    expect(await isSessionCurrent(user.id, user.sessionVersion)).toBe(false);
    expect(await signInWithPassword(user.email, "nowe-haslo-123", ip())).not.toBeNull();
    expect(await signInWithPassword(user.email, TEST_PASSWORD, ip())).toBeNull();
    expect((await auditEvents(w.centre.id, "user.password.change")).some((e) => e.recordId === user.id)).toBe(true);
  });

  it("signing out everywhere ends every session; without a session it is refused", async () => {
    const w = await makeWorld();
    const { user, actor } = await makeMember(w.centre, "VOLUNTEER");
    expect(await signOutEverywhere(null)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await signOutEverywhere(actor)).toMatchObject({ ok: true });
    expect(await isSessionCurrent(user.id, user.sessionVersion)).toBe(false);
    expect(await isSessionCurrent(user.id, user.sessionVersion + 1)).toBe(true);
  });
});

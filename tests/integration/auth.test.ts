import { beforeAll, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/server/auth/options";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "@/server/auth/session-rules";
import { isSessionCurrent, signInWithPassword } from "@/server/auth/sign-in";
import { ACCOUNT_FAILURES_ALLOWED, IP_FAILURES_ALLOWED, throttledPasswordCheck } from "@/server/auth/throttle";
import { db } from "@/server/db";
import { makeCentre, makeMember, TEST_PASSWORD } from "../factories";

let centre: Awaited<ReturnType<typeof makeCentre>>;
beforeAll(async () => {
  centre = await makeCentre();
});
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("signing in", () => {
  it("accepts the right password, case-insensitive e-mail, and refuses everything else the same way", async () => {
    const { user } = await makeMember(centre, "COORDINATOR");
    const from = ip();
    expect(await signInWithPassword(user.email.toUpperCase(), TEST_PASSWORD, from)).toMatchObject({ id: user.id });
    expect(await signInWithPassword(user.email, "wrong-password", from)).toBeNull();
    expect(await signInWithPassword("nobody@razem.test", TEST_PASSWORD, from)).toBeNull();
    expect(await signInWithPassword(user.email, "", from)).toBeNull();
  });

  it("refuses a person whose only membership is deactivated", async () => {
    const { user, membershipId } = await makeMember(centre, "VOLUNTEER");
    await db.membership.update({ where: { centreId_id: { centreId: centre.id, id: membershipId } }, data: { status: "DEACTIVATED" } });
    expect(await signInWithPassword(user.email, TEST_PASSWORD, ip())).toBeNull();
  });

  it(`stops the account after ${ACCOUNT_FAILURES_ALLOWED} failures, even with the right password, and remembers it across a restart`, async () => {
    const { user } = await makeMember(centre, "SOCIAL_WORKER");
    for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED; i++) expect(await signInWithPassword(user.email, `wrong-${i}`, ip())).toBeNull();
    expect(await signInWithPassword(user.email, TEST_PASSWORD, ip())).toBeNull();

    // A fresh module (as after a restart) reads the counts from PostgreSQL and still refuses.
    vi.resetModules();
    const fresh = await import("@/server/auth/sign-in");
    expect(await fresh.signInWithPassword(user.email, TEST_PASSWORD, ip())).toBeNull();
    expect(await db.rateLimit.findFirst({ where: { key: { contains: user.email } } })).not.toBeNull();
  });

  it(`stops an address after ${IP_FAILURES_ALLOWED} failures across accounts`, async () => {
    const from = ip();
    for (let i = 0; i < IP_FAILURES_ALLOWED; i++) await signInWithPassword(`guess-${i}-${Math.random()}@razem.test`, "x", from);
    const { user } = await makeMember(centre, "ADMIN");
    expect(await signInWithPassword(user.email, TEST_PASSWORD, from)).toBeNull();
    expect(await signInWithPassword(user.email, TEST_PASSWORD, ip())).toMatchObject({ id: user.id });
  });

  it("counts parallel guesses before checking them, so a burst gets no more than the limit", async () => {
    const email = `burst-${Math.random()}@razem.test`;
    let checked = 0;
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        throttledPasswordCheck(email, ip(), async () => {
          checked++;
          return false;
        }),
      ),
    );
    expect(results.every((r) => r === false)).toBe(true);
    expect(checked).toBe(ACCOUNT_FAILURES_ALLOWED);
  });

  it("a success clears the account's earlier failures", async () => {
    const { user } = await makeMember(centre, "COORDINATOR");
    for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED - 1; i++) await signInWithPassword(user.email, "bad", ip());
    expect(await signInWithPassword(user.email, TEST_PASSWORD, ip())).not.toBeNull();
    for (let i = 0; i < ACCOUNT_FAILURES_ALLOWED - 1; i++) await signInWithPassword(user.email, "bad", ip());
    expect(await signInWithPassword(user.email, TEST_PASSWORD, ip())).not.toBeNull();
  });
});

describe("the session check on every request", () => {
  const jwt = authOptions.callbacks!.jwt!;
  const check = (token: JWT) => jwt({ token } as Parameters<typeof jwt>[0]);

  async function freshToken() {
    const { user, membershipId } = await makeMember(centre, "COORDINATOR");
    const now = Date.now();
    return { user, membershipId, token: { uid: user.id, sv: user.sessionVersion, loginAt: now, seenAt: now, name: user.name, email: user.email } as JWT };
  }

  it("passes a current session", async () => {
    const { token } = await freshToken();
    await expect(check(token)).resolves.toMatchObject({ uid: token.uid });
  });

  it("refuses a deactivated user's existing session at once", async () => {
    const { token, membershipId } = await freshToken();
    await db.membership.update({ where: { centreId_id: { centreId: centre.id, id: membershipId } }, data: { status: "DEACTIVATED" } });
    await expect(check(token)).rejects.toThrow(/revoked/);
  });

  it("refuses a session after the session version moved on (password change, sign out everywhere)", async () => {
    const { token, user } = await freshToken();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await isSessionCurrent(user.id, user.sessionVersion)).toBe(false);
    await expect(check(token)).rejects.toThrow(/revoked/);
  });

  it("ends a session idle for 30 minutes and any session after 12 hours", async () => {
    const { token } = await freshToken();
    const now = Date.now();
    await expect(check({ ...token, seenAt: now - IDLE_TIMEOUT_MS - 1000 })).rejects.toThrow(/timed out/);
    await expect(check({ ...token, loginAt: now - ABSOLUTE_TIMEOUT_MS - 1000, seenAt: now })).rejects.toThrow(/timed out/);
    await expect(check({ ...token, seenAt: now - IDLE_TIMEOUT_MS + 60_000 })).resolves.toBeTruthy();
  });

  it("refuses a token without our claims", async () => {
    await expect(check({ name: "x" } as JWT)).rejects.toThrow(/malformed/);
  });
});

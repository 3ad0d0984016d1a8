import { db } from "../db";
import { verifyPassword } from "./password";
import { throttledPasswordCheck } from "./throttle";

export type SignedInUser = { id: string; name: string; email: string; sessionVersion: number };

/**
 * Checks an email and password. Every failure looks the same from outside (unknown address, wrong
 * password, no active membership, too many attempts), so sign-in tells an attacker nothing.
 */
export async function signInWithPassword(rawEmail: unknown, password: unknown, ip: string): Promise<SignedInUser | null> {
  if (typeof rawEmail !== "string" || typeof password !== "string" || !rawEmail || !password) return null;
  const email = rawEmail.trim().toLowerCase().slice(0, 320);
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      passwordHash: true,
      sessionVersion: true,
      memberships: { where: { status: "ACTIVE" }, select: { id: true }, take: 1 },
    },
  });
  const ok = await throttledPasswordCheck(email, ip, async () => (await verifyPassword(user?.passwordHash, password)) && Boolean(user?.memberships.length));
  return ok && user ? { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } : null;
}

/** The session is still good: the user's session version is unchanged and some membership is active. */
export async function isSessionCurrent(userId: string, sessionVersion: number): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { sessionVersion: true, memberships: { where: { status: "ACTIVE" }, select: { id: true }, take: 1 } },
  });
  return !!user && user.sessionVersion === sessionVersion && user.memberships.length > 0;
}

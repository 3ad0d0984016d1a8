// What makes a signed-in session end, as pure rules shared by the per-request check (options.ts)
// and the proxy that records activity (src/proxy.ts).

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Activity is written back into the cookie at most this often. */
export const ACTIVITY_RESOLUTION_MS = 60 * 1000;

export type SessionClaims = {
  uid: string;
  /** The user's sessionVersion at sign-in. */
  sv: number;
  loginAt: number;
  seenAt: number;
};

export function isSessionClaims(token: unknown): token is SessionClaims {
  const t = token as Partial<SessionClaims> | null;
  return !!t && typeof t.uid === "string" && typeof t.sv === "number" && typeof t.loginAt === "number" && typeof t.seenAt === "number";
}

/** Why the session has ended by time alone, or null while it is alive. */
export function expiredBecause(claims: SessionClaims, now: number): "idle" | "absolute" | null {
  if (now - claims.loginAt > ABSOLUTE_TIMEOUT_MS) return "absolute";
  if (now - claims.seenAt > IDLE_TIMEOUT_MS) return "idle";
  return null;
}

import { NextRequest } from "next/server";
import { decode, encode, type JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE_TIMEOUT_MS } from "@/server/auth/session-rules";
import { sessionCookie } from "@/server/auth/session-cookie";
import { proxy } from "./proxy";

const secret = "proxy-test-secret";
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = secret;
});

async function requestWith(claims: JWT | null, headers: Record<string, string> = {}) {
  const cookie = claims ? `${sessionCookie.name}=${await encode({ token: claims, secret })}` : "";
  return new NextRequest("http://localhost/ops-bialoleka/staff/team", { headers: { ...headers, ...(cookie ? { cookie } : {}) } });
}

describe("proxy", () => {
  it("passes the real request path on to the app, whatever the client sent", async () => {
    const response = await proxy(await requestWith(null, { "x-razem-pathname": "/another-centre/staff" }));
    expect(response.headers.get("x-middleware-request-x-razem-pathname")).toBe("/ops-bialoleka/staff/team");
  });

  it("records activity in the session cookie, so the idle timeout counts from the last request", async () => {
    const now = Date.now();
    const response = await proxy(await requestWith({ uid: "u", sv: 1, loginAt: now - 3_600_000, seenAt: now - 10 * 60_000 }));
    const cookie = response.cookies.get(sessionCookie.name);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("lax");
    const token = await decode({ token: cookie!.value, secret });
    expect(token?.seenAt).toBeGreaterThanOrEqual(now);
    expect(token?.loginAt).toBe(now - 3_600_000);
  });

  it("does not revive a session that has already timed out, nor rewrite a fresh one", async () => {
    const now = Date.now();
    const idle = await proxy(await requestWith({ uid: "u", sv: 1, loginAt: now - 3_600_000, seenAt: now - IDLE_TIMEOUT_MS - 1000 }));
    expect(idle.cookies.get(sessionCookie.name)).toBeUndefined();
    const fresh = await proxy(await requestWith({ uid: "u", sv: 1, loginAt: now, seenAt: now }));
    expect(fresh.cookies.get(sessionCookie.name)).toBeUndefined();
  });
});

// Runs before every page request and server action. Not a security boundary (every loader and
// action authorises itself); it does three bookkeeping jobs:
// 1. maps public addresses (/uk/ops-bialoleka) onto the internal, cacheable route tree (/l/uk/…),
// 2. tells server actions which URL they were posted to (the centre comes from the URL), and
// 3. records activity in the session cookie, which server components cannot write, so the 30-minute
//    idle timeout counts from the person's last request.
import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { ABSOLUTE_TIMEOUT_MS, ACTIVITY_RESOLUTION_MS, expiredBecause, isSessionClaims } from "@/server/auth/session-rules";
import { sessionCookie } from "@/server/auth/session-cookie";
import { publicRewrite } from "@/server/public-path";
import { PATHNAME_HEADER } from "@/server/request-headers";

export async function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATHNAME_HEADER, request.nextUrl.pathname);
  const internal = publicRewrite(request.nextUrl.pathname);
  if (internal) {
    const target = new URL(`${internal}${request.nextUrl.search}`, request.url);
    return NextResponse.rewrite(target, { request: { headers } });
  }
  const response = NextResponse.next({ request: { headers } });
  // next-auth's own routes write the session cookie themselves.
  if (!request.nextUrl.pathname.startsWith("/api/")) await recordActivity(request, response);
  return response;
}

async function recordActivity(request: NextRequest, response: NextResponse) {
  const secret = process.env.NEXTAUTH_SECRET;
  const raw = request.cookies.get(sessionCookie.name)?.value;
  if (!secret || !raw) return;
  const token = await decode({ token: raw, secret }).catch(() => null);
  const now = Date.now();
  // An ended session is not revived here; the per-request check refuses it.
  if (!isSessionClaims(token) || expiredBecause(token, now) || now - token.seenAt < ACTIVITY_RESOLUTION_MS) return;
  const remaining = token.loginAt + ABSOLUTE_TIMEOUT_MS - now;
  const value = await encode({ token: { ...token, seenAt: now }, secret, maxAge: Math.floor(remaining / 1000) });
  response.cookies.set(sessionCookie.name, value, { ...sessionCookie.options, expires: new Date(now + remaining) });
}

export const config = {
  // Everything but Next's own build assets: a server action can be posted to any address, and the
  // path header must always be ours.
  matcher: ["/((?!_next/static/|_next/image/).*)"],
};

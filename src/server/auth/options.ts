// next-auth v4, Credentials provider, JWT sessions. The token carries the user's session version;
// every request re-checks it against the database (isSessionCurrent), so deactivation, a password
// change or "sign out everywhere" end existing sessions at once, not when the token expires.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ABSOLUTE_TIMEOUT_MS, expiredBecause, isSessionClaims } from "./session-rules";
import { ipFromForwarded } from "../request";
import { sessionCookie } from "./session-cookie";
import { isSessionCurrent, signInWithPassword } from "./sign-in";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  useSecureCookies: sessionCookie.secure,
  cookies: { sessionToken: { name: sessionCookie.name, options: sessionCookie.options } },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "e-mail i hasło",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Hasło", type: "password" } },
      async authorize(credentials, req) {
        const user = await signInWithPassword(
          credentials?.email,
          credentials?.password,
          ipFromForwarded(req?.headers?.["x-forwarded-for"] as string | undefined),
        );
        return user ? { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const now = Date.now();
        const sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return { ...token, uid: user.id, sv, loginAt: now, seenAt: now };
      }
      // Throwing here makes next-auth drop the session and clear its cookie.
      if (!isSessionClaims(token)) throw new Error("session: malformed token");
      if (expiredBecause(token, Date.now())) throw new Error("session: timed out");
      if (!(await isSessionCurrent(token.uid, token.sv))) throw new Error("session: revoked");
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { id: String(token.uid), name: token.name ?? "", email: token.email ?? "" } };
    },
  },
  logger: {
    // An ended session is routine, not an error worth a stack trace in the log.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR") return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      if (code === "NEXTAUTH_URL" && process.env.NODE_ENV !== "production") return;
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
  }
}

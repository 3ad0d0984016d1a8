// The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts),
// and over HTTPS Secure with the __Host- prefix (bound to this host, path /).
const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

export const sessionCookie = {
  secure,
  name: secure ? "__Host-razem.session" : "razem.session",
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
};

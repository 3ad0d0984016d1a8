// Where to send someone after signing in: only a path inside this app. Browsers read "/\evil.com"
// and "/<TAB>/evil.com" as another site, so the value is resolved as a URL and must stay on our origin.

const BASE = "http://razem.invalid";

export function safeReturnPath(value: unknown, fallback = "/staff"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

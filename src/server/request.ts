// Facts about the current HTTP request that server code may rely on.
import { headers } from "next/headers";
import { DomainError } from "./errors";
import { parsePath } from "./public-path";
import { PATHNAME_HEADER } from "./request-headers";

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/**
 * The centre a server action runs for: the first segment of the URL it was posted to (after a
 * language prefix on public pages). Never a form field or a bound argument; whatever it says,
 * authoriseCentre still checks the membership.
 */
export async function centreSlugFromRequest(): Promise<string> {
  const pathname = (await headers()).get(PATHNAME_HEADER) ?? "";
  const slug = parsePath(pathname).segments[0] ?? "";
  if (!SLUG.test(slug)) throw new DomainError("not_found", "Nie rozpoznano ośrodka z adresu strony.");
  return slug;
}

/**
 * The client's address from X-Forwarded-For. Only the entries added by our own reverse proxies can be
 * trusted (a client can send any header), so we take the one TRUSTED_PROXY_HOPS from the right:
 * behind one proxy that appends the address it saw (nginx: $proxy_add_x_forwarded_for), the last one.
 */
export function ipFromForwarded(value: string | string[] | null | undefined, hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1)): string {
  const entries = (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  return entries[entries.length - Math.max(1, hops)] ?? entries[0] ?? "unknown";
}

export async function clientIpFromRequest(): Promise<string> {
  return ipFromForwarded((await headers()).get("x-forwarded-for"));
}

// Password attempts are limited per account and per IP address in PostgreSQL (rate-limiter-flexible's
// Prisma store), so a restart does not reset them and every app instance sees the same counts.
// An attempt is counted before the password is checked: parallel guesses cannot slip past the limit.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";

export const ACCOUNT_FAILURES_ALLOWED = 5;
export const IP_FAILURES_ALLOWED = 20;
const WINDOW_SECONDS = 15 * 60;

function limiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit", // the Prisma client's property for model RateLimit
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    blockDuration: WINDOW_SECONDS,
  });
}

const byAccount = limiter("login:account", ACCOUNT_FAILURES_ALLOWED);
const byIp = limiter("login:ip", IP_FAILURES_ALLOWED);

/**
 * Runs a password check unless this account or address has used up its attempts. Every attempt
 * counts; a success clears the account's count and gives the address its point back.
 */
export async function throttledPasswordCheck(email: string, ip: string, check: () => Promise<boolean>): Promise<boolean> {
  const taken = await Promise.allSettled([byAccount.consume(email), byIp.consume(ip)]);
  const refused = taken.some((t) => t.status === "rejected");
  if (refused) {
    // A rejection is normally "limit reached"; anything else is a real failure worth surfacing.
    const error = taken.find((t): t is PromiseRejectedResult => t.status === "rejected" && !(t.reason instanceof RateLimiterRes));
    if (error) throw error.reason;
    return false;
  }
  const ok = await check();
  if (ok) await Promise.all([byAccount.delete(email), byIp.reward(ip, 1)]);
  return ok;
}

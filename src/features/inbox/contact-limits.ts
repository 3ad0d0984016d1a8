// Residents write without an account, so the contact form is limited per address and per centre,
// in PostgreSQL (rate-limiter-flexible's Prisma store, as for sign-ins): a restart does not reset
// the counts and every app instance sees the same ones. The per-centre cap keeps a flood from many
// addresses from burying a centre's inbox.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/server/db";

export const MESSAGES_PER_ADDRESS_PER_HOUR = 5;
export const MESSAGES_PER_CENTRE_PER_DAY = 200;

function limiter(keyPrefix: string, points: number, duration: number) {
  return new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration });
}

const byAddress = limiter("contact:ip", MESSAGES_PER_ADDRESS_PER_HOUR, 60 * 60);
const byCentre = limiter("contact:centre", MESSAGES_PER_CENTRE_PER_DAY, 24 * 60 * 60);

async function take(rateLimiter: RateLimiterPrisma, key: string): Promise<boolean> {
  try {
    await rateLimiter.consume(key);
    return true;
  } catch (error) {
    // A rejection is normally "limit reached"; anything else is a real failure worth surfacing.
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

/**
 * Counts one message. The address is asked first, so one busy address that is already refused
 * does not use up the centre's allowance.
 */
export async function takeContactAllowance(ip: string, centreId: string): Promise<"ok" | "address" | "centre"> {
  if (!(await take(byAddress, ip))) return "address";
  if (!(await take(byCentre, centreId))) return "centre";
  return "ok";
}

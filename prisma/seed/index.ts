// Demo data: the five centres of ../shared/seeds/, loaded once into an empty database and never over
// existing data. All demo accounts share one password, for local use only (see README.md).
import { TZDate } from "@date-fns/tz";
import { addDays, addWeeks, format, startOfWeek } from "date-fns";
import { db as appDb, type Db } from "../../src/server/db";
import { hashPassword } from "../../src/server/auth/password";
import { buildCentre } from "./build";
import type { CentreSpec, DemoDates } from "./spec";
import bialoleka from "./centres/bialoleka";
import janow from "./centres/janow";
import krakow from "./centres/krakow";
import lubsko from "./centres/lubsko";
import wejherowo from "./centres/wejherowo";

export const DEMO_PASSWORD = "Razem-demo-2026";

export function demoDates(now = new Date()): DemoDates {
  const today = new TZDate(now, "Europe/Warsaw");
  const monday = startOfWeek(today, { weekStartsOn: 1 });
  const ymd = (d: Date) => format(d, "yyyy-MM-dd");
  return {
    today: ymd(today),
    week: (weeks, days = 0) => ymd(addDays(addWeeks(monday, weeks), days)),
    days: (n) => ymd(addDays(today, n)),
    year: today.getFullYear(),
  };
}

export const DEMO_CENTRES: ((d: DemoDates) => CentreSpec)[] = [bialoleka, wejherowo, krakow, janow, lubsko];

/** Loads the demo when there is no centre yet. Returns whether it did. */
export async function seedDemoIfEmpty(db: Db = appDb): Promise<boolean> {
  if ((await db.centre.count()) > 0) return false;
  const dates = demoDates();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const make of DEMO_CENTRES) {
    await db.$transaction((tx) => buildCentre(tx, make(dates), dates, passwordHash), { timeout: 60_000 });
  }
  return true;
}

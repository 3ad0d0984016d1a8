import { KIS_STAFF } from "@/features/editions/policy";
import { forbidden } from "@/server/errors";
import type { Role } from "@/server/roles";
import type { AuthorisedCentre } from "@/server/tenant";

/**
 * The edition's dashboard and the yearly report are the coordinators' (and the admin's). The report
 * shows the art. 1 groups only as counts; social workers and volunteers do not get it at all.
 */
export const kisReportsPolicy = {
  dashboard: KIS_STAFF,
  report: KIS_STAFF,
} as const satisfies Record<string, readonly Role[]>;

/** Data functions check the role again, so a centre authorised for a wider page is not enough. */
export function assertMay(centre: AuthorisedCentre, allowed: readonly Role[]): void {
  if (!allowed.includes(centre.role)) throw forbidden();
}

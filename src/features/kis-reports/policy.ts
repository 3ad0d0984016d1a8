import { KIS_STAFF } from "@/features/editions/policy";
import type { Role } from "@/server/roles";

/**
 * The edition's dashboard and the yearly report are the coordinators' (and the admin's). The report
 * shows the art. 1 groups only as counts; social workers and volunteers do not get it at all.
 */
export const kisReportsPolicy = {
  dashboard: KIS_STAFF,
  report: KIS_STAFF,
} as const satisfies Record<string, readonly Role[]>;

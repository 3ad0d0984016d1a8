import { databaseIsReachable } from "@/server/health";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the app can reach its database, 503 when it cannot. */
export async function GET() {
  const ok = await databaseIsReachable();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

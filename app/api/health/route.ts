import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the start script: 200 when the database answers, 503 when not. */
export async function GET() {
  const dbUp = await checkDatabase();
  return Response.json(
    dbUp ? { status: "ok", db: "ok" } : { status: "unavailable", db: "down" },
    { status: dbUp ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

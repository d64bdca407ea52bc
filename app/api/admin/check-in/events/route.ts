import { checkInBatchSchema } from "@/lib/check-in/schema";
import { submitCheckIns } from "@/lib/check-in/queries";
import { env } from "@/lib/env";
import { isCrossSiteRequest, readJsonBody } from "@/lib/http/request";

// POST /api/admin/check-in/events {events: [...]}: a device's queued check-ins. Idempotent per
// event id, so a device resends its queue until it has every answer.
export async function POST(request: Request) {
  if (isCrossSiteRequest(request.headers, env.PUBLIC_BASE_URL)) return Response.json({ error: "cross-site" }, { status: 403 });
  const body = await readJsonBody(request, { maxBytes: 64 * 1024 });
  if (!body.ok) return Response.json({ error: body.reason }, { status: body.status });
  const parsed = checkInBatchSchema.safeParse(body.value);
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 422 });
  const results = await submitCheckIns(parsed.data.events);
  if (!results) return Response.json({ error: "no current edition" }, { status: 404 });
  return Response.json({ results }, { headers: { "cache-control": "no-store" } });
}

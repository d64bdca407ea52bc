import { isRevalidateToken, revalidateBodySchema, REVALIDATE_HEADER } from "@/lib/http/page-broadcast";
import { jsonError, jsonResponse } from "@/lib/http/json";
import { revalidatePublicPages } from "@/lib/http/public-pages";
import { readJsonBody } from "@/lib/http/request";

// Another instance changed public data: expire the same pages here. Only the portal's own instances
// hold the token (derived from AUTH_SECRET); the reverse proxy does not forward /api/internal.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!isRevalidateToken(request.headers.get(REVALIDATE_HEADER))) return jsonError(403, "Forbidden");
  const body = await readJsonBody(request, { maxBytes: 16_384 });
  const parsed = body.ok ? revalidateBodySchema.safeParse(body.value) : null;
  if (!parsed?.success) return jsonError(400, "Invalid revalidation request");
  revalidatePublicPages(parsed.data.patterns, { broadcast: false });
  return jsonResponse({ ok: true });
}

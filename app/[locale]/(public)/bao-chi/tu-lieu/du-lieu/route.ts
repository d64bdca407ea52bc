import { fileResponse } from "@/lib/http/download";
import { downloadOwnPressData } from "@/lib/privacy/person-downloads-store";

// GET /bao-chi/tu-lieu/du-lieu?t=<token>: an accredited journalist's own data as JSON, behind the same
// signed link as their media page.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  const file = await downloadOwnPressData(token);
  if (!file) return new Response("Không tìm thấy.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const response = fileResponse(file);
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

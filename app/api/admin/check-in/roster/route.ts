import { getRoster } from "@/lib/check-in/queries";

// GET /api/admin/check-in/roster: what a check-in phone verifies tickets against, online or offline.
export async function GET() {
  const roster = await getRoster();
  if (!roster) return Response.json({ error: "no current edition" }, { status: 404 });
  return Response.json(roster, { headers: { "cache-control": "private, no-store" } });
}

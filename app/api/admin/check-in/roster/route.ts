import { getRoster } from "@/lib/check-in/queries";
import { stationDeviceOf } from "@/lib/check-in/schema";

// GET /api/admin/check-in/roster: what a check-in phone verifies tickets against, online or offline.
// Each download is audited with the user and the station's device.
export async function GET(request: Request) {
  const roster = await getRoster(stationDeviceOf(request.headers));
  if (!roster) return Response.json({ error: "no current edition" }, { status: 404 });
  return Response.json(roster, { headers: { "cache-control": "private, no-store" } });
}

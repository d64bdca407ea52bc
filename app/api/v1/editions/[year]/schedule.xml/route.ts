import { serveFrabSchedule } from "@/lib/agenda/feeds/serve";
import { preflightResponse } from "@/lib/http/cache";

// Public feed: the frab schedule (pretalx / C3VOC format) as xml, for conference apps.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return serveFrabSchedule(request, (await params).year, "xml");
}

export function OPTIONS() {
  return preflightResponse();
}

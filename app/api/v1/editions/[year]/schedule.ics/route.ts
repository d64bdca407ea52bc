import { serveEditionCalendar } from "@/lib/agenda/feeds/serve";
import { preflightResponse } from "@/lib/http/cache";

// Public feed: the edition's calendar (RFC 5545), cancelled sessions included.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return serveEditionCalendar(request, (await params).year);
}

export function OPTIONS() {
  return preflightResponse();
}

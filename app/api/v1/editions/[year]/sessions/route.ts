import { serveSessionList } from "@/lib/agenda/feeds/serve";
import { preflightResponse } from "@/lib/http/cache";

// Public feed: the published sessions of an edition as JSON; ?q=, ?day=, ?venue=, ?type= filter.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  return serveSessionList(request, (await params).year);
}

export function OPTIONS() {
  return preflightResponse();
}

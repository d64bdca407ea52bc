import { serveSessionCalendar } from "@/lib/agenda/feeds/serve";
import { preflightResponse } from "@/lib/http/cache";

// Public feed: `{slug}.ics`, one session as an iCalendar file. The dot is part of the
// dynamic segment's value ("le-khai-mac.ics"), so the segment is the file name, not the slug.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string; file: string }> }) {
  const { year, file } = await params;
  return serveSessionCalendar(request, year, file);
}

export function OPTIONS() {
  return preflightResponse();
}

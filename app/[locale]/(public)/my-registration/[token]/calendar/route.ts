import { jsonError } from "@/lib/http/json";
import { getRegistrationByManageToken, getRegistrationCalendar } from "@/lib/registration/queries";

// The delegate's sessions as one calendar file: a GET that changes nothing. Its events carry the
// feeds' UIDs and SEQUENCE, so importing it again after a change updates them in place.
export const dynamic = "force-dynamic";

const PRIVATE_HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" };

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const registration = await getRegistrationByManageToken(token);
  if (!registration || registration.status !== "ACTIVE") return jsonError(404, "Registration not found", {}, { headers: PRIVATE_HEADERS });
  const sessionIds = registration.seats.map((seat) => seat.session.id);
  const calendar = await getRegistrationCalendar(registration.edition.year, sessionIds);
  if (!calendar) return jsonError(404, "No sessions", {}, { headers: PRIVATE_HEADERS });
  return new Response(calendar, {
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="lich-${registration.code}.ics"`,
    },
  });
}

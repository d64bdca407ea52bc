import { jsonError, jsonResponse } from "@/lib/http/json";
import { getRegistrationByManageToken, getRegistrationData } from "@/lib/registration/queries";

// "Download my data": a GET that changes nothing, so a mail scanner following it does no harm.
export const dynamic = "force-dynamic";

const PRIVATE_HEADERS = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" };

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const registration = await getRegistrationByManageToken(token);
  if (!registration) return jsonError(404, "Registration not found", {}, { headers: PRIVATE_HEADERS });
  const data = await getRegistrationData(registration.id);
  return jsonResponse(data, {
    headers: { ...PRIVATE_HEADERS, "Content-Disposition": `attachment; filename="du-lieu-dang-ky-${registration.code}.json"` },
  });
}

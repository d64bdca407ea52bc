import { getMessages } from "@/lib/i18n/translator";
import { checkSpeakerToken } from "@/lib/materials/links";
import { addMaterialFromForm } from "@/lib/materials/upload-actions";
import { readUploadForm, refuseCrossSite, uploadActor, uploadAnswer, uploadLocale, uploadRefusal } from "@/lib/uploads/request";

// POST /api/speaker-materials/{token} (multipart): a speaker's slides. The signed link (no account) names
// the session; an altered or expired one is refused before the body is read.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite.response;
  const errors = getMessages(uploadLocale(request)).sessionMaterials.errors;
  const check = checkSpeakerToken(decodedToken((await params).token));
  if (!check.ok) return uploadRefusal(403, check.reason === "expired" ? errors.linkExpired : errors.linkInvalid);
  const form = await readUploadForm(request);
  if (!form.ok) return form.response;
  return uploadAnswer(await addMaterialFromForm(check.sessionId, form.formData, uploadActor(request, null)));
}

/** The token as signed; a malformed escape is no valid link, and the empty token is refused like any other. */
function decodedToken(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return "";
  }
}

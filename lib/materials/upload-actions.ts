import "server-only";
import { revalidatePath } from "next/cache";
import { revalidateAgenda } from "@/lib/agenda/revalidate";
import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { getMessages } from "@/lib/i18n/translator";
import { uploadRefusalMessage } from "@/lib/uploads/refusal";
import { createFileStorage } from "@/lib/uploads/storage";
import { createMaterialSchema } from "./schema";
import { addMaterial } from "./store";

// A session's new material from an upload route: the organisers' (POST /api/admin/sessions/{id}/materials,
// permission checked first) or the speaker's (POST /api/speaker-materials/{token}, the signed link
// checked first). Either has decided the session before reading the form.

/** The session page, the JSON and frab feeds and the media kit's ZIP all list materials. */
export function refreshMaterials(sessionId: string) {
  revalidateAgenda();
  revalidatePath(`/[locale]/admin/sessions/${sessionId}`, "page");
}

export async function addMaterialFromForm(sessionId: string, formData: FormData, actor: { userId: string | null; ip: string | null }): Promise<ActionState> {
  const messages = getMessages(formLocale(formData));
  const errors = messages.sessionMaterials.errors;
  const parsed = createMaterialSchema(errors).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const file = formData.get("file");
  const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const result = await addMaterial(db, createFileStorage(), sessionId, parsed.data, upload, actor);
  if (!result.ok) {
    if (result.reason === "no-session") return errorState(errors.noSession, {}, formData);
    return errorState(messages.adminForm.fixErrors, { file: uploadRefusalMessage(result, errors) }, formData);
  }
  refreshMaterials(sessionId);
  return { status: "success", message: messages.sessionMaterials.added, result: undefined };
}

import "server-only";
import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage, getMessages, type Messages } from "@/lib/i18n/translator";
import { uploadRefusalMessage, type UploadRefusal } from "@/lib/uploads/refusal";
import { createFileStorage } from "@/lib/uploads/storage";
import { revalidateMediaKit } from "./revalidate";
import { createMediaAssetSchema } from "./schema";
import { createMediaAsset } from "./store";

// A new media kit asset from the upload route (POST /api/admin/media/files), which has checked the
// permission before reading the form.

type MediaRefusal = UploadRefusal | { reason: "no-edition" };

function refusalMessage(refusal: MediaRefusal, messages: Messages): string {
  const errors = messages.adminMedia.errors;
  return refusal.reason === "no-edition" ? errors.noEdition : uploadRefusalMessage(refusal, errors);
}

export async function createMediaAssetFromForm(formData: FormData, actor: { userId: string; ip: string | null }): Promise<ActionState> {
  const messages = getMessages(formLocale(formData));
  const parsed = createMediaAssetSchema(messages.adminMedia.errors).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const file = formData.get("file");
  const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const result = await createMediaAsset(db, createFileStorage(), parsed.data, upload, actor);
  if (!result.ok) {
    const field = result.reason === "no-edition" ? "form" : "file";
    return errorState(messages.adminForm.fixErrors, { [field]: refusalMessage(result, messages) }, formData);
  }
  revalidateMediaKit();
  return { status: "success", message: formatMessage(messages.adminMedia.created, { title: parsed.data.title }), result: undefined };
}

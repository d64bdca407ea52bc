import "server-only";
import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { uploadRefusalMessage } from "@/lib/uploads/refusal";
import { createFileStorage } from "@/lib/uploads/storage";
import { createBoothImageAltSchema, MAX_BOOTH_IMAGES } from "./image-schema";
import { addBoothImages } from "./image-store";
import { revalidateExhibition } from "./revalidate";

// A booth's new pictures from the upload route (POST /api/admin/booths/{id}/images), which has checked
// the permission and the booth's id before reading the form.

/** One or more JPEG, PNG or WebP pictures (the `files` field), all with the alternative text given. */
export async function addBoothImagesFromForm(boothId: string, formData: FormData, actor: { userId: string; ip: string | null }): Promise<ActionState> {
  const locale = formLocale(formData);
  const messages = getMessages(locale);
  const errors = messages.adminBoothImages.errors;
  const alt = createBoothImageAltSchema(errors).safeParse(Object.fromEntries(formData));
  const files = formData.getAll("files").filter((file): file is File => file instanceof File && file.size > 0);
  const fieldErrors = {
    ...(alt.success ? {} : fieldErrorsOf(alt.error)),
    ...(files.length === 0 ? { files: errors.fileEmpty } : {}),
  };
  if (!alt.success || files.length === 0) return errorState(messages.adminForm.fixErrors, fieldErrors, formData);
  const uploads = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const result = await addBoothImages(db, createFileStorage(), boothId, uploads, alt.data, actor);
  if (!result.ok) {
    if (result.reason === "not-found") return errorState(errors.notFound);
    const message =
      result.reason === "too-many"
        ? formatMessage(errors.tooMany, { max: MAX_BOOTH_IMAGES })
        : formatMessage(errors.inFile, { name: result.name, problem: uploadRefusalMessage(result, errors) });
    return errorState(messages.adminForm.fixErrors, { files: message }, formData);
  }
  revalidateExhibition();
  return { status: "success", message: formatMessage(messages.adminBoothImages.added, { count: result.count }, locale), result: undefined };
}

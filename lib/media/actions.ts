"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { revalidatePublicPages } from "@/lib/http/public-pages";
import { formatMessage, getMessages, type Messages } from "@/lib/i18n/translator";
import { uploadRefusalMessage, type UploadRefusal } from "@/lib/uploads/refusal";
import { createFileStorage } from "@/lib/uploads/storage";
import { createMediaAssetSchema, createMediaDetailsSchema } from "./schema";
import { createMediaAsset, deleteMediaAsset, setMediaAssetPublished, updateMediaAssetDetails } from "./store";

// Server Actions of the media kit screen. Each checks the permission itself first.

const idSchema = z.object({ id: z.uuid() });

function revalidateMediaKit() {
  revalidatePublicPages(["/[locale]/(public)/bao-chi"]);
  revalidatePath("/[locale]/admin/media", "page");
}

type MediaRefusal = UploadRefusal | { reason: "no-edition" };

function refusalMessage(refusal: MediaRefusal, messages: Messages): string {
  const errors = messages.adminMedia.errors;
  return refusal.reason === "no-edition" ? errors.noEdition : uploadRefusalMessage(refusal, errors);
}

export async function createMediaAssetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("media:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = createMediaAssetSchema(messages.adminMedia.errors).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const file = formData.get("file");
  const upload =
    file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const result = await createMediaAsset(db, createFileStorage(), parsed.data, upload, {
    userId: actor.id,
    ip: await requestIp(),
  });
  if (!result.ok) {
    const field = result.reason === "no-edition" ? "form" : "file";
    return errorState(messages.adminForm.fixErrors, { [field]: refusalMessage(result, messages) }, formData);
  }
  revalidateMediaKit();
  return {
    status: "success",
    message: formatMessage(messages.adminMedia.created, { title: parsed.data.title }),
    result: undefined,
  };
}

/** Publishes or unpublishes, from the form's `publish` field ("1" or "0"). */
export async function setMediaPublishedAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("media:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = idSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminMedia.errors.notFound);
  try {
    await setMediaAssetPublished(db, parsed.data.id, formData.get("publish") === "1", {
      userId: actor.id,
      ip: await requestIp(),
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(messages.adminMedia.errors.notFound);
    throw error;
  }
  revalidateMediaKit();
  return { status: "success", message: messages.adminMedia.done, result: undefined };
}

export async function deleteMediaAssetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("media:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = idSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminMedia.errors.notFound);
  try {
    await deleteMediaAsset(db, createFileStorage(), parsed.data.id, { userId: actor.id, ip: await requestIp() });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(messages.adminMedia.errors.notFound);
    throw error;
  }
  revalidateMediaKit();
  return { status: "success", message: messages.adminMedia.deleted, result: undefined };
}

/** Saves an asset's title, English title and description; the file stays as uploaded. */
export async function updateMediaDetailsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("media:edit");
  const messages = getMessages(formLocale(formData));
  const errors = messages.adminMedia.errors;
  const parsed = createMediaDetailsSchema(errors).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  try {
    await updateMediaAssetDetails(db, parsed.data, { userId: actor.id, ip: await requestIp() });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(errors.notFound);
    throw error;
  }
  revalidateMediaKit();
  return { status: "success", message: messages.adminMedia.done, result: undefined };
}

"use server";

import { z } from "@/lib/zod";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { getMessages } from "@/lib/i18n/translator";
import { createFileStorage } from "@/lib/uploads/storage";
import { revalidateMediaKit } from "./revalidate";
import { createMediaDetailsSchema } from "./schema";
import { deleteMediaAsset, setMediaAssetPublished, updateMediaAssetDetails } from "./store";

// Server Actions of the media kit screen. Each checks the permission itself first. A new asset's file
// goes to the upload route instead (lib/media/upload-actions.ts).

const idSchema = z.object({ id: z.uuid() });

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

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage, getMessages, type Messages } from "@/lib/i18n/translator";
import { UPLOAD_TYPES } from "@/lib/uploads/detect";
import { formatFileSize } from "@/lib/uploads/rules";
import { createFileStorage } from "@/lib/uploads/storage";
import { createMediaAssetSchema } from "./schema";
import { createMediaAsset, deleteMediaAsset, setMediaAssetPublished } from "./store";

// Server Actions of the media kit screen. Each checks the permission itself first.

const idSchema = z.object({ id: z.uuid() });

function revalidateMediaKit() {
  revalidatePath("/[locale]/(public)/bao-chi", "page");
  revalidatePath("/[locale]/admin/media", "page");
}

type UploadRefusal = {
  reason: "empty" | "too-large" | "wrong-type" | "no-edition";
  maxBytes?: number;
  allowed?: readonly string[];
};

function refusalMessage(refusal: UploadRefusal, messages: Messages): string {
  const errors = messages.adminMedia.errors;
  switch (refusal.reason) {
    case "empty":
      return errors.fileEmpty;
    case "too-large":
      return formatMessage(errors.fileTooLarge, { max: formatFileSize(refusal.maxBytes ?? 0, "vi") });
    case "wrong-type":
      return formatMessage(errors.fileType, {
        types: (refusal.allowed ?? [])
          .map((type) => UPLOAD_TYPES[type as keyof typeof UPLOAD_TYPES].extension.toUpperCase())
          .join(", "),
      });
    case "no-edition":
      return errors.noEdition;
  }
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

"use server";

import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import type { SessionUser } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { getMessages, type Messages } from "@/lib/i18n/translator";
import { createFileStorage } from "@/lib/uploads/storage";
import { boothImageMoveSchema, boothImageRefSchema, createBoothImageAltSchema } from "./image-schema";
import { moveBoothImage, removeBoothImage, updateBoothImageAlt, type ImageChangeResult } from "./image-store";
import { revalidateExhibition } from "./revalidate";

// Server Actions of a booth's pictures on its admin page. Each checks the permission itself first.
// New pictures go to the upload route instead (lib/exhibition/image-upload-actions.ts).

/** Who did it, for the audit log; asked after validation (an empty form never reaches the request's headers). */
async function auditActor(user: SessionUser) {
  return { userId: user.id, ip: await requestIp() };
}

function changeOutcome(result: ImageChangeResult, messages: Messages): ActionState {
  const t = messages.adminBoothImages;
  if (!result.ok) return errorState(result.reason === "cannot-move" ? t.errors.cannotMove : t.errors.notFound);
  revalidateExhibition();
  return { status: "success", message: t.done, result: undefined };
}

/** Moves a picture one place, from the form's `direction` field ("up" or "down"). */
export async function moveBoothImageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("booths:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = boothImageMoveSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminBoothImages.errors.notFound);
  const { boothId, fileId, direction } = parsed.data;
  return changeOutcome(await moveBoothImage(db, boothId, fileId, direction, await auditActor(user)), messages);
}

export async function updateBoothImageAltAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("booths:edit");
  const messages = getMessages(formLocale(formData));
  const errors = messages.adminBoothImages.errors;
  const values = Object.fromEntries(formData);
  const ref = boothImageRefSchema.safeParse(values);
  if (!ref.success) return errorState(errors.notFound);
  const alt = createBoothImageAltSchema(errors).safeParse(values);
  if (!alt.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(alt.error), formData);
  return changeOutcome(
    await updateBoothImageAlt(db, ref.data.boothId, ref.data.fileId, alt.data, await auditActor(user)),
    messages,
  );
}

export async function removeBoothImageAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("booths:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = boothImageRefSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminBoothImages.errors.notFound);
  const { boothId, fileId } = parsed.data;
  return changeOutcome(await removeBoothImage(db, createFileStorage(), boothId, fileId, await auditActor(user)), messages);
}

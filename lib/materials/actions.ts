"use server";

import { revalidatePath } from "next/cache";
import { revalidateAgenda } from "@/lib/agenda/revalidate";
import { recordAudit } from "@/lib/audit/store";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage, getMessages, type Messages } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { uploadRefusalMessage } from "@/lib/uploads/refusal";
import { createFileStorage } from "@/lib/uploads/storage";
import { z } from "@/lib/zod";
import { checkSpeakerToken, speakerUploadUrl } from "./links";
import { createMaterialSchema } from "./schema";
import { addMaterial, removeMaterial, type AddMaterialResult } from "./store";

// Server Actions of session materials: the organisers' (agenda:edit, checked first in each) and the
// speaker's, whose only authority is the signed link it posts back.

function refresh(sessionId: string) {
  // The session page, the JSON and frab feeds and the media kit's ZIP all list materials.
  revalidateAgenda();
  revalidatePath(`/[locale]/admin/sessions/${sessionId}`, "page");
}

async function upload(formData: FormData) {
  const file = formData.get("file");
  return file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
}

function failure(result: Exclude<AddMaterialResult, { ok: true }>, messages: Messages, formData: FormData) {
  const errors = messages.sessionMaterials.errors;
  if (result.reason === "no-session") return errorState(errors.noSession, {}, formData);
  return errorState(messages.adminForm.fixErrors, { file: uploadRefusalMessage(result, errors) }, formData);
}

async function addFromForm(formData: FormData, sessionId: string, actor: { userId: string | null; ip: string | null }): Promise<ActionState> {
  const messages = getMessages(formLocale(formData));
  const parsed = createMaterialSchema(messages.sessionMaterials.errors).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const result = await addMaterial(db, createFileStorage(), sessionId, parsed.data, await upload(formData), actor);
  if (!result.ok) return failure(result, messages, formData);
  refresh(sessionId);
  return { status: "success", message: messages.sessionMaterials.added, result: undefined };
}

export async function addMaterialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("agenda:edit");
  const session = z.object({ sessionId: z.uuid() }).safeParse(Object.fromEntries(formData));
  if (!session.success) return errorState(getMessages(formLocale(formData)).sessionMaterials.errors.noSession);
  return addFromForm(formData, session.data.sessionId, { userId: actor.id, ip: await requestIp() });
}

/** A speaker's upload: the signed link names the session; an altered or expired link is refused. */
export async function speakerMaterialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const messages = getMessages(formLocale(formData));
  const token = z.object({ token: z.string().max(300) }).safeParse(Object.fromEntries(formData));
  const check = token.success ? checkSpeakerToken(token.data.token) : ({ ok: false, reason: "invalid" } as const);
  if (!check.ok) return errorState(check.reason === "expired" ? messages.sessionMaterials.errors.linkExpired : messages.sessionMaterials.errors.linkInvalid);
  return addFromForm(formData, check.sessionId, { userId: null, ip: await requestIp() });
}

export async function removeMaterialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("agenda:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = z.object({ id: z.uuid() }).safeParse(Object.fromEntries(formData));
  const removed = parsed.success ? await removeMaterial(db, createFileStorage(), parsed.data.id, { userId: actor.id, ip: await requestIp() }) : null;
  if (!removed) return errorState(messages.sessionMaterials.errors.notFound);
  refresh(removed.sessionId);
  return { status: "success", message: messages.sessionMaterials.removed, result: undefined };
}

/** A new upload link for the session's speaker; who made it and until when is audited. */
export async function speakerLinkAction(_previous: ActionState<{ url: string }>, formData: FormData): Promise<ActionState<{ url: string }>> {
  const actor = await requirePermission("agenda:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = z.object({ sessionId: z.uuid() }).safeParse(Object.fromEntries(formData));
  const session = parsed.success ? await db.session.findUnique({ where: { id: parsed.data.sessionId }, select: { id: true } }) : null;
  if (!session) return errorState(messages.sessionMaterials.errors.noSession);
  const link = speakerUploadUrl(session.id);
  await recordAudit(db, { userId: actor.id, ip: await requestIp(), action: "material.link", entityType: "Session", entityId: session.id, after: { expiresAt: link.expiresAt } });
  return { status: "success", message: formatMessage(messages.sessionMaterials.linkCreated, { until: formatDateTime(link.expiresAt) }), result: { url: link.url } };
}

"use server";

import { recordAudit } from "@/lib/audit/store";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { errorState, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { createFileStorage } from "@/lib/uploads/storage";
import { z } from "@/lib/zod";
import { speakerUploadUrl } from "./links";
import { removeMaterial } from "./store";
import { refreshMaterials } from "./upload-actions";

// Server Actions of session materials (agenda:edit, checked first in each). Files, the organisers' and
// the speaker's, go to the upload routes instead (lib/materials/upload-actions.ts).

export async function removeMaterialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("agenda:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = z.object({ id: z.uuid() }).safeParse(Object.fromEntries(formData));
  const removed = parsed.success ? await removeMaterial(db, createFileStorage(), parsed.data.id, { userId: actor.id, ip: await requestIp() }) : null;
  if (!removed) return errorState(messages.sessionMaterials.errors.notFound);
  refreshMaterials(removed.sessionId);
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

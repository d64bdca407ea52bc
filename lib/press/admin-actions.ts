"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { errorState, formLocale, type ActionState } from "@/lib/forms/action-state";
import { getMessages } from "@/lib/i18n/translator";
import { approveAccreditation, rejectAccreditation, revokeAccreditation, type DecisionResult } from "./accreditation-store";

// Organisers' decisions on press accreditations. Each checks the permission itself first.

const decisionSchema = z.object({ id: z.uuid(), note: z.string().trim().max(1000).default("") });

function answer(result: DecisionResult, messages: ReturnType<typeof getMessages>["adminPress"]): ActionState {
  if (!result.ok) return errorState(result.reason === "already-decided" ? messages.alreadyDecided : messages.notFound);
  revalidatePath("/[locale]/admin/press", "page");
  return { status: "success", message: messages.decided, result: undefined };
}

export async function approveAccreditationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("press:review");
  const messages = getMessages(formLocale(formData)).adminPress;
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.notFound);
  const result = await approveAccreditation(
    db,
    parsed.data.id,
    { userId: actor.id, ip: await requestIp() },
    { baseUrl: env.PUBLIC_BASE_URL },
  );
  return answer(result, messages);
}

export async function rejectAccreditationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("press:review");
  const messages = getMessages(formLocale(formData)).adminPress;
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.notFound);
  const result = await rejectAccreditation(db, parsed.data.id, parsed.data.note, { userId: actor.id, ip: await requestIp() });
  return answer(result, messages);
}

export async function revokeAccreditationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("press:review");
  const messages = getMessages(formLocale(formData)).adminPress;
  const parsed = decisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.notFound);
  const result = await revokeAccreditation(db, parsed.data.id, parsed.data.note, { userId: actor.id, ip: await requestIp() });
  return answer(result, messages);
}

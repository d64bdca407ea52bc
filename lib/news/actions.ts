"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { revalidatePublicPages } from "@/lib/http/public-pages";
import { getMessages } from "@/lib/i18n/translator";
import { createNewsSchema } from "./schema";
import { deleteNewsPost, saveNewsPost } from "./store";

// Server Actions of the news screens. Each checks the permission itself first.

function revalidateNews() {
  revalidatePublicPages(["/[locale]/(public)/tin-tuc", "/[locale]/(public)/tin-tuc/[slug]"]);
  revalidatePath("/[locale]/admin/news", "layout");
}

export async function saveNewsAction(
  _previous: ActionState<{ id: string }>,
  formData: FormData,
): Promise<ActionState<{ id: string }>> {
  const actor = await requirePermission("news:edit");
  const messages = getMessages(formLocale(formData));
  const errors = messages.adminNews.errors;
  const values = Object.fromEntries(formData);
  const id = z
    .object({
      id: z
        .uuid()
        .optional()
        .or(z.literal("").transform(() => undefined)),
    })
    .safeParse(values);
  if (!id.success) return errorState(errors.notFound);
  const parsed = createNewsSchema(errors).safeParse(values);
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const result = await saveNewsPost(db, id.data.id ?? null, parsed.data, { userId: actor.id, ip: await requestIp() });
  if (!result.ok) {
    if (result.reason === "slug-taken") return errorState(messages.adminForm.fixErrors, { slug: errors.slugTaken }, formData);
    return errorState(result.reason === "no-edition" ? errors.noEdition : errors.notFound, {}, formData);
  }
  revalidateNews();
  return { status: "success", message: messages.adminNews.saved, result: { id: result.id } };
}

export async function deleteNewsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("news:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = z.object({ id: z.uuid() }).safeParse(Object.fromEntries(formData));
  if (!parsed.success || !(await deleteNewsPost(db, parsed.data.id, { userId: actor.id, ip: await requestIp() }))) {
    return errorState(messages.adminNews.errors.notFound);
  }
  revalidateNews();
  return { status: "success", message: messages.adminNews.deleted, result: undefined };
}

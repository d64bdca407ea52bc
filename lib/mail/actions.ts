"use server";

import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/store";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { errorState, formLocale, type ActionState } from "@/lib/forms/action-state";
import { getMessages } from "@/lib/i18n/translator";
import { retryMailSchema } from "./schema";
import { retryFailedMail } from "./store";

/** "Gửi lại": a failed message is queued again, due now, with its attempts counted afresh; audited. */
export async function retryMailAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("mail:manage");
  const t = getMessages(formLocale(formData)).adminMail;
  const parsed = retryMailSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return errorState(t.notFound);
  const ip = await requestIp();
  const retried = await db.$transaction(async (tx) => {
    if (!(await retryFailedMail(tx, parsed.data.id))) return false;
    await recordAudit(tx, { userId: user.id, ip, action: "mail.retry", entityType: "OutboxMessage", entityId: parsed.data.id, before: { status: "FAILED" }, after: { status: "QUEUED" } });
    return true;
  });
  if (!retried) return errorState(t.notFailed);
  revalidatePath("/[locale]/admin/mail", "page");
  return { status: "success", message: t.retried, result: undefined };
}

"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { getMessages } from "@/lib/i18n/translator";
import { findReportEditionIn } from "./narrative-queries";
import { createReportNarrativeSchema } from "./schema";
import { saveNarrative } from "./store";

/** Saves the header and narrative of the current edition's results report. */
export async function saveReportNarrativeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("reports:edit");
  const messages = getMessages(formLocale(formData));
  const parsed = createReportNarrativeSchema(messages.adminReport.errors).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const edition = await findReportEditionIn(db);
  if (!edition) return errorState(messages.adminReport.noEdition, {}, formData);
  await saveNarrative(db, edition.id, parsed.data, { userId: actor.id, ip: await requestIp() });
  revalidatePath("/[locale]/admin/report", "page");
  return { status: "success", message: messages.adminReport.saved, result: undefined };
}

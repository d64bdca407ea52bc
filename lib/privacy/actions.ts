"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { errorState, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/translator";
import { currentTime } from "@/lib/time/clock";
import { z } from "@/lib/zod";
import { eraseAccreditation, eraseApplication, type ErasureResult } from "./erasure-store";
import { runRetention } from "./retention-store";

/** Administrators run the retention now, after reading the dry run on the same page. */
export async function runRetentionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("privacy:manage");
  const t = getMessages(formLocale(formData)).adminRetention;
  // The button's form says what it asks for: a stray POST with nothing in it anonymises nothing.
  if (!z.object({ run: z.literal("retention") }).safeParse(Object.fromEntries(formData)).success)
    return errorState(t.notConfirmed);
  const results = await runRetention(db, currentTime(), { userId: user.id, ip: await requestIp() });
  revalidatePath("/[locale]/admin/privacy/retention", "page");
  const total = (key: "registrations" | "accreditations" | "applications") =>
    results.reduce((sum, result) => sum + result[key], 0);
  return {
    status: "success",
    message: formatMessage(t.done, {
      registrations: total("registrations"),
      accreditations: total("accreditations"),
      applications: total("applications"),
    }),
    result: undefined,
  };
}

const erasureTarget = z.object({ id: z.uuid() });

function erasureOutcome(result: ErasureResult, formData: FormData): ActionState {
  const t = getMessages(formLocale(formData)).adminErasure;
  if (result.ok) return { status: "success", message: t.done, result: undefined };
  return errorState(result.reason === "not-found" ? t.notFound : t.alreadyErased);
}

/** A journalist asked the organisers to delete their data: the accreditation is anonymised, audited. */
export async function eraseAccreditationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("press:review");
  const parsed = erasureTarget.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(getMessages(formLocale(formData)).adminErasure.notFound);
  const result = await eraseAccreditation(db, parsed.data.id, { userId: user.id, ip: await requestIp() });
  revalidatePath("/[locale]/admin/press", "page");
  return erasureOutcome(result, formData);
}

/** An exhibitor's contact person asked the organisers to delete their data: the application's contact is removed, audited. */
export async function eraseApplicationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("booths:edit");
  const parsed = erasureTarget.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(getMessages(formLocale(formData)).adminErasure.notFound);
  const result = await eraseApplication(db, parsed.data.id, { userId: user.id, ip: await requestIp() });
  revalidatePath("/[locale]/admin/booths/applications", "layout");
  return erasureOutcome(result, formData);
}

"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/translator";
import { currentTime } from "@/lib/time/clock";
import { runRetention } from "./retention";

/** Administrators run the retention now, after reading the dry run on the same page. */
export async function runRetentionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("privacy:manage");
  const t = getMessages(formLocale(formData)).adminRetention;
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

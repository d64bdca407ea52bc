"use server";

import { z } from "@/lib/zod";
import { requirePermission } from "@/lib/auth/guard";
import { redirect } from "next/navigation";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { localizedPath } from "@/lib/i18n/config";
import { createFileStorage } from "@/lib/uploads/storage";
import { errorState, fieldErrorsOf, formLocale, type ActionState, type FieldErrors } from "@/lib/forms/action-state";
import { formatMessage, getMessages, type Messages } from "@/lib/i18n/translator";
import { APPLICATION_DECISIONS, createBoothSchema, createDecisionMessageSchema, createPlacementSchema } from "./admin-schema";
import { deleteBooth, saveBooth } from "./booth-store";
import { revalidateExhibition } from "./revalidate";
import { decideApplication } from "./review-store";
import type { PlacementProblem } from "./rules";

// Server Actions of the booth and application screens. Each checks the permission itself first.

type SavedBooth = { id: string; code: string };

/** Placement problems as field errors: outside the hall on the size, overlaps on the position. */
function placementErrors(problems: PlacementProblem[], messages: Messages): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    if (problem.kind === "outside-hall") errors.width = messages.adminBooths.errors.outsideHall;
    else errors.x = formatMessage(messages.adminBooths.errors.overlap, { codes: problem.codes.join(", ") });
  }
  return errors;
}

const optionalId = z.object({
  id: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

/** Creates a booth (no `id`) or saves an existing one. */
export async function saveBoothAction(_previous: ActionState<SavedBooth>, formData: FormData): Promise<ActionState<SavedBooth>> {
  const actor = await requirePermission("booths:edit");
  const messages = getMessages(formLocale(formData));
  const errors = messages.adminBooths.errors;
  const values = Object.fromEntries(formData);
  const id = optionalId.safeParse(values);
  const parsed = createBoothSchema(errors).safeParse(values);
  if (!id.success) return errorState(errors.notFound);
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const result = await saveBooth(db, id.data.id ?? null, parsed.data, { userId: actor.id, ip: await requestIp() });
  if (!result.ok) {
    if (result.reason === "placement")
      return errorState(messages.adminForm.fixErrors, placementErrors(result.problems, messages), formData);
    if (result.reason === "code-taken") return errorState(messages.adminForm.fixErrors, { code: errors.codeTaken }, formData);
    return errorState(result.reason === "no-edition" ? errors.noEdition : errors.notFound, {}, formData);
  }
  revalidateExhibition();
  return {
    status: "success",
    message: formatMessage(messages.adminBooths.saved, { code: result.code }),
    result: { id: result.id, code: result.code },
  };
}

/** Accepts (with a booth code and place), declines or asks for changes, from the form's `decision` field. */
export async function decideApplicationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("booths:edit");
  const messages = getMessages(formLocale(formData));
  const errors = messages.adminBooths.errors;
  const values = Object.fromEntries(formData);
  const base = z.object({ id: z.uuid(), decision: z.enum(APPLICATION_DECISIONS) }).safeParse(values);
  if (!base.success) return errorState(errors.notFound);
  const { id, decision } = base.data;
  const message = createDecisionMessageSchema(errors, decision !== "accept").safeParse(values);
  const placement = decision === "accept" ? createPlacementSchema(errors).safeParse(values) : null;
  if (!message.success || (placement && !placement.success)) {
    const fieldErrors = {
      ...(message.success ? {} : fieldErrorsOf(message.error)),
      ...(placement && !placement.success ? fieldErrorsOf(placement.error) : {}),
    };
    return errorState(messages.adminForm.fixErrors, fieldErrors, formData);
  }
  const result = await decideApplication(
    db,
    id,
    { kind: decision, message: message.data.message, placement: placement?.success ? placement.data : null },
    { userId: actor.id, ip: await requestIp() },
  );
  if (!result.ok) {
    if (result.reason === "placement")
      return errorState(messages.adminForm.fixErrors, placementErrors(result.problems, messages), formData);
    if (result.reason === "code-taken") return errorState(messages.adminForm.fixErrors, { code: errors.codeTaken }, formData);
    return errorState(result.reason === "already-decided" ? errors.alreadyDecided : errors.notFound);
  }
  revalidateExhibition();
  const t = messages.adminApplications;
  return { status: "success", message: t.decided, result: undefined };
}

/** Deletes a draft booth without an accepted application, then goes back to the booth list. */
export async function deleteBoothAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("booths:edit");
  const locale = formLocale(formData);
  const errors = getMessages(locale).adminBooths.errors;
  const id = z.object({ id: z.uuid() }).safeParse(Object.fromEntries(formData));
  if (!id.success) return errorState(errors.notFound);
  const result = await deleteBooth(db, createFileStorage(), id.data.id, { userId: actor.id, ip: await requestIp() });
  if (!result.ok) {
    const reasons = {
      "not-found": errors.notFound,
      published: errors.deletePublished,
      "has-application": errors.deleteHasApplication,
    };
    return errorState(reasons[result.reason]);
  }
  revalidateExhibition();
  redirect(localizedPath(locale, `/admin/booths?done=deleted&code=${encodeURIComponent(result.code)}`));
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { DomainError, postgresErrorCode } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/config";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import * as changes from "./changes-store";
import * as editing from "./session-store";
import { revalidateAgenda } from "./revalidate";
import { createSessionFormSchema, sessionFormInput, type SessionFormMessages, type SessionInput } from "./schema";

// Server Actions of the session screens. Each checks the permission itself first (an action is a
// public POST endpoint), and every write refreshes the public programme at once.

const FOREIGN_KEY_VIOLATION = "23503";
const sessionId = z.uuid();

function refreshAfterWrite(): void {
  revalidateAgenda();
  revalidatePath("/[locale]/admin/sessions", "layout");
}

/** Who writes, for the audit log; read after validation, since an invalid request writes nothing. */
async function actorOf(user: { id: string }) {
  return { userId: user.id, ip: await requestIp() };
}

/** The form's values for a repeated display: checkbox lists joined, since the state keeps one string per field. */
function keptInput(state: ActionState<never>, formData: FormData): ActionState<never> {
  if (state.status !== "error") return state;
  return { ...state, values: { ...state.values, coordinatingUnitIds: formData.getAll("coordinatingUnitIds").join(",") } };
}

/** Parses the form, runs the write, and turns the expected refusals into field errors. */
async function saveSession(formData: FormData, write: (input: SessionInput) => Promise<void>): Promise<ActionState<never> | null> {
  const messages = getMessages(formLocale(formData));
  const form = messages.adminSessionForm;
  const parsed = createSessionFormSchema(form).safeParse(sessionFormInput(formData));
  if (!parsed.success) return keptInput(errorState(form.fixErrors, fieldErrorsOf(parsed.error), formData), formData);
  try {
    await write(parsed.data);
  } catch (error) {
    const refusal = savingRefusal(error, form, formLocale(formData));
    if (!refusal) throw error;
    return keptInput(errorState(refusal.message, refusal.fieldErrors, formData), formData);
  }
  refreshAfterWrite();
  return null;
}

/** The refusals a save can meet after validation: a slug taken, seats (public or invited) already confirmed, a record gone. */
function savingRefusal(error: unknown, form: SessionFormMessages, locale: Locale): { message: string; fieldErrors: Record<string, string> } | null {
  if (error instanceof DomainError && error.code === "CONFLICT") return { message: form.fixErrors, fieldErrors: { slug: form.slugTaken } };
  if (error instanceof DomainError && error.code === "INVALID_STATE") {
    const invited = error.details.field === "invitedCapacity";
    const message = formatMessage(invited ? form.invitedCapacityBelowAccepted : form.capacityBelowConfirmed, {
      count: String(error.details.seatsTaken ?? ""),
    }, locale);
    return { message: form.fixErrors, fieldErrors: { [invited ? "invitedCapacity" : "capacity"]: message } };
  }
  const gone = (error instanceof DomainError && error.code === "NOT_FOUND") || postgresErrorCode(error) === FOREIGN_KEY_VIOLATION;
  return gone ? { message: form.unknownReference, fieldErrors: {} } : null;
}

export async function createSessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("agenda:edit");
  const locale = formLocale(formData);
  const editionId = z.uuid().safeParse(formData.get("editionId"));
  if (!editionId.success) return errorState(getMessages(locale).adminSessions.notFound);
  let createdId = "";
  const failed = await saveSession(formData, async (input) => {
    ({ id: createdId } = await editing.createSession(db, editionId.data, input, await actorOf(user)));
  });
  if (failed) return failed;
  redirect(localizedPath(locale, `/admin/sessions/${createdId}?done=created`));
}

export async function updateSessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("agenda:edit");
  const locale = formLocale(formData);
  const id = sessionId.safeParse(formData.get("sessionId"));
  if (!id.success) return errorState(getMessages(locale).adminSessions.notFound);
  const publishNow = formData.get("publishNow") === "1";
  let done = "saved";
  const failed = await saveSession(formData, async (input) => {
    const outcome = await changes.saveSessionEdit(db, id.data, input, await actorOf(user), { publishNow });
    // Applied, its e-mails (seats from the wait list, a moved session) were queued in the save's transaction.
    if (outcome.kind !== "applied") done = outcome.warnings > 0 ? "changeDraftedWarnings" : "changeDrafted";
  });
  if (failed) return failed;
  redirect(localizedPath(locale, `/admin/sessions/${id.data}?done=${done}`));
}

/** Publishes the draft of a change to a published session, as the organiser saw it with its warnings. */
export async function publishSessionChangeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("agenda:edit");
  const locale = formLocale(formData);
  const messages = getMessages(locale);
  const id = sessionId.safeParse(formData.get("sessionId"));
  const savedAt = z.iso.datetime().safeParse(formData.get("savedAt"));
  if (!id.success || !savedAt.success) return errorState(messages.adminSessions.notFound);
  try {
    await changes.publishSessionChange(db, id.data, savedAt.data, await actorOf(user));
  } catch (error) {
    if (error instanceof DomainError && error.details.reason === "draftReplaced") return errorState(messages.adminSessions.draftReplaced);
    const refusal = savingRefusal(error, messages.adminSessionForm, formLocale(formData));
    if (!refusal) throw error;
    return errorState(Object.values(refusal.fieldErrors)[0] ?? refusal.message);
  }
  refreshAfterWrite();
  redirect(localizedPath(locale, `/admin/sessions/${id.data}?done=changePublished`));
}

export async function discardSessionChangeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("agenda:edit");
  const locale = formLocale(formData);
  const t = getMessages(locale).adminSessions;
  const id = sessionId.safeParse(formData.get("sessionId"));
  if (!id.success) return errorState(t.notFound);
  try {
    await changes.discardSessionChange(db, id.data, await actorOf(user));
  } catch (error) {
    if (error instanceof DomainError && error.details.reason === "draftReplaced") return errorState(t.draftReplaced);
    throw error;
  }
  revalidatePath("/[locale]/admin/sessions", "layout");
  redirect(localizedPath(locale, `/admin/sessions/${id.data}?done=changeDiscarded`));
}

const statusChange = z.enum(["publish", "unpublish", "cancel"]);

/** Publish, unpublish or cancel; cancelling e-mails the delegates who hold a seat. */
export async function changeSessionStatusAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("agenda:edit");
  const locale = formLocale(formData);
  const t = getMessages(locale).adminSessions;
  const id = sessionId.safeParse(formData.get("sessionId"));
  const change = statusChange.safeParse(formData.get("change"));
  if (!id.success || !change.success) return errorState(t.notFound);
  let notified: number;
  try {
    const result = await editing.changeSessionStatus(db, id.data, change.data, await actorOf(user));
    notified = result.registrationsToNotify.length;
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(t.notFound);
    if (error instanceof DomainError && error.code === "INVALID_STATE") {
      return errorState(error.details.reason === "hasRegistrations" ? t.hasRegistrations : t.invalidTransition);
    }
    throw error;
  }
  refreshAfterWrite();
  const done = { publish: "published", unpublish: "unpublished", cancel: "cancelled" } as const;
  redirect(localizedPath(locale, `/admin/sessions/${id.data}?done=${done[change.data]}&notified=${notified}`));
}

export async function deleteSessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("agenda:edit");
  const locale = formLocale(formData);
  const t = getMessages(locale).adminSessions;
  const id = sessionId.safeParse(formData.get("sessionId"));
  if (!id.success) return errorState(t.notFound);
  let year: number;
  try {
    ({ year } = await editing.deleteSession(db, id.data, await actorOf(user)));
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(t.notFound);
    if (error instanceof DomainError && error.code === "INVALID_STATE") return errorState(t.hasRegistrations);
    throw error;
  }
  refreshAfterWrite();
  redirect(localizedPath(locale, `/admin/sessions?edition=${year}&done=deleted`));
}

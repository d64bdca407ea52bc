"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { revalidateAgenda } from "@/lib/agenda/revalidate";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { EVERY_PUBLIC_PAGE, revalidatePublicPages } from "@/lib/http/public-pages";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { formatMessage, getMessages, getTranslator } from "@/lib/i18n/translator";
import { deletionRefusal } from "./present";
import type { EditionDeletion } from "./rules";
import { createEditionContactsSchema, createEditionSchemas, readEditionContactsForm } from "./schema";
import * as store from "./store";

// Server Actions of the edition screens; each checks the permission itself first. Publishing,
// archiving and choosing the current edition change the public site, which is refreshed at once.

function done(locale: Locale, outcome: string): never {
  revalidateAgenda();
  revalidatePath("/[locale]/admin", "layout");
  redirect(localizedPath(locale, `/admin/editions?done=${outcome}`));
}

async function actorOf(user: { id: string }) {
  return { userId: user.id, ip: await requestIp() };
}

export async function createEditionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("editions:edit");
  const locale = formLocale(formData);
  const form = getMessages(locale).adminEditionForm;
  const parsed = createEditionSchemas(form).newEdition.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(form.fixErrors, fieldErrorsOf(parsed.error), formData);
  try {
    await store.createEdition(db, parsed.data, await actorOf(user));
  } catch (error) {
    if (error instanceof DomainError && error.code === "CONFLICT") return errorState(form.fixErrors, { year: form.yearTaken }, formData);
    throw error;
  }
  done(locale, "created");
}

export async function updateEditionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("editions:edit");
  const locale = formLocale(formData);
  const form = getMessages(locale).adminEditionForm;
  const parsed = createEditionSchemas(form).edit.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(form.fixErrors, fieldErrorsOf(parsed.error), formData);
  try {
    await store.updateEdition(db, parsed.data, await actorOf(user));
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(form.notFound);
    if (error instanceof DomainError && error.code === "INVALID_STATE") {
      // The list of sessions can be long: it is said once, for the form; each date only points to it.
      const titles = error.details.titles as string[];
      const pointer = formatMessage(form.sessionsOutsideField, { count: titles.length }, locale);
      const message = formatMessage(form.sessionsOutside, { count: titles.length, titles: titles.join("; ") });
      return errorState(message, { startsOn: pointer, endsOn: pointer }, formData);
    }
    throw error;
  }
  done(locale, "updated");
}

export async function copyEditionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("editions:edit");
  const locale = formLocale(formData);
  const form = getMessages(locale).adminEditionForm;
  const parsed = createEditionSchemas(form).copy.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(form.fixErrors, fieldErrorsOf(parsed.error), formData);
  try {
    await store.copyEdition(db, parsed.data, await actorOf(user));
  } catch (error) {
    if (error instanceof DomainError && error.code === "CONFLICT") return errorState(form.fixErrors, { year: form.yearTaken }, formData);
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(form.fixErrors, { sourceYear: form.sourceMissing }, formData);
    throw error;
  }
  done(locale, "copied");
}

const editionChange = z.enum(["publish", "archive", "make-current"]);

/** Publish, archive, or make current: the edition list's buttons. */
export async function changeEditionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("editions:edit");
  const locale = formLocale(formData);
  const t = getMessages(locale).adminEditions;
  const id = z.uuid().safeParse(formData.get("editionId"));
  const change = editionChange.safeParse(formData.get("change"));
  if (!id.success || !change.success) return errorState(t.invalidTransition);
  try {
    if (change.data === "make-current") await store.makeEditionCurrent(db, id.data, await actorOf(user));
    else await store.changeEditionStatus(db, id.data, change.data, await actorOf(user));
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(getMessages(locale).adminEditionForm.notFound);
    if (error instanceof DomainError && error.code === "INVALID_STATE") {
      const reason = error.details.reason;
      return errorState(reason === "isCurrent" ? t.isCurrent : reason === "notPublished" ? t.notPublished : t.invalidTransition);
    }
    throw error;
  }
  done(locale, { publish: "published", archive: "archived", "make-current": "madeCurrent" }[change.data]);
}

/** Deletes a draft edition made by mistake (the edit page's last section). */
export async function deleteEditionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("editions:edit");
  const locale = formLocale(formData);
  const t = getTranslator(locale, "adminEditions");
  const id = z.uuid().safeParse(formData.get("editionId"));
  if (!id.success) return errorState(getMessages(locale).adminEditionForm.notFound);
  try {
    await store.deleteEdition(db, id.data, await actorOf(user));
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(getMessages(locale).adminEditionForm.notFound);
    if (error instanceof DomainError && error.code === "INVALID_STATE") return errorState(deletionRefusal(t, error.details as Exclude<EditionDeletion, { ok: true }>));
    throw error;
  }
  done(locale, "deleted");
}

/** The organisers' contacts of an edition (the edit page's contacts form); shown publicly at once. */
export async function saveEditionContactsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("editions:edit");
  const locale = formLocale(formData);
  const messages = getMessages(locale).adminEditionContacts;
  const parsed = createEditionContactsSchema(messages).safeParse(readEditionContactsForm(formData));
  if (!parsed.success) return errorState(messages.fixErrors, fieldErrorsOf(parsed.error), formData);
  try {
    await store.saveEditionContacts(db, parsed.data, await actorOf(user));
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(getMessages(locale).adminEditionForm.notFound);
    throw error;
  }
  revalidatePublicPages([EVERY_PUBLIC_PAGE]);
  return { status: "success", message: messages.saved, result: undefined };
}

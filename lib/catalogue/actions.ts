"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { revalidateAgenda } from "@/lib/agenda/revalidate";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { localizedPath } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/translator";
import { CATALOGUE_CAPABILITY, createCatalogueSchemas, type CatalogueKind } from "./schema";
import { mergeCatalogueRecords, saveCatalogueRecord } from "./store";

// Server Actions of the unit, venue and speaker screens: one pair per kind, each checking its own
// permission first. Names and places show on the public programme, so every write refreshes it.

function refresh(kind: CatalogueKind): void {
  revalidateAgenda();
  revalidatePath(`/[locale]/admin/${kind}`, "layout");
}

async function saveRecord(kind: CatalogueKind, formData: FormData): Promise<ActionState> {
  const user = await requirePermission(CATALOGUE_CAPABILITY[kind]);
  const locale = formLocale(formData);
  const form = getMessages(locale).adminCatalogueForm;
  const rawId = formData.get("id");
  const id = rawId ? z.uuid().safeParse(rawId) : null;
  if (id && !id.success) return errorState(form.notFound);
  const parsed = createCatalogueSchemas(form)[kind].safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(form.fixErrors, fieldErrorsOf(parsed.error), formData);
  let savedId: string;
  try {
    ({ id: savedId } = await saveCatalogueRecord(db, kind, id?.data ?? null, parsed.data, { userId: user.id, ip: await requestIp() }));
  } catch (error) {
    if (error instanceof DomainError && error.code === "CONFLICT") return errorState(form.fixErrors, { name: form.nameTaken }, formData);
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(form.notFound);
    throw error;
  }
  refresh(kind);
  redirect(localizedPath(locale, `/admin/${kind}/${savedId}?done=${id ? "saved" : "created"}`));
}

async function mergeRecords(kind: CatalogueKind, formData: FormData): Promise<ActionState> {
  const user = await requirePermission(CATALOGUE_CAPABILITY[kind]);
  const locale = formLocale(formData);
  const form = getMessages(locale).adminCatalogueForm;
  const parsed = createCatalogueSchemas(form).merge.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(form.fixErrors, fieldErrorsOf(parsed.error), formData);
  const { sourceId, targetId } = parsed.data;
  try {
    await mergeCatalogueRecords(db, kind, sourceId, targetId, { userId: user.id, ip: await requestIp() });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(form.notFound);
    throw error;
  }
  refresh(kind);
  redirect(localizedPath(locale, `/admin/${kind}/${targetId}?done=merged`));
}

export async function saveUnitAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveRecord("units", formData);
}

export async function saveVenueAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveRecord("venues", formData);
}

export async function saveSpeakerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveRecord("speakers", formData);
}

export async function mergeUnitsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return mergeRecords("units", formData);
}

export async function mergeVenuesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return mergeRecords("venues", formData);
}

export async function mergeSpeakersAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return mergeRecords("speakers", formData);
}

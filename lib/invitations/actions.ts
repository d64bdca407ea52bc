"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/store";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { localizedPath } from "@/lib/i18n/config";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { buildImportReport, readTable, type ReportRow } from "./import";
import { formatDocumentNumber } from "./rules";
import { createInvitationSchemas, type InviteeInput } from "./schema";
import * as store from "./store";

// Server Actions of the invitation screens. Each checks its capability first (organisers draft,
// the office issues), then validates, then writes through store.ts, which audits.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function actorOf(user: { id: string }) {
  return { userId: user.id, ip: await requestIp() };
}

function idField(formData: FormData, name: string): string | null {
  const value = formData.get(name);
  return typeof value === "string" && UUID.test(value) ? value : null;
}

function draftFields(formData: FormData) {
  return { ...Object.fromEntries(formData), sessionIds: formData.getAll("sessionIds") };
}

/** A draft form's error, keeping every ticked session (a plain form copy would keep only the last). */
function draftError(message: string, fieldErrors: Record<string, string | undefined>, formData: FormData): ActionState<never> {
  const state = errorState(message, fieldErrors, formData);
  return state.status === "error" ? { ...state, values: { ...state.values, sessionIds: formData.getAll("sessionIds").join(",") } } : state;
}

function refreshBatch(batchId?: string) {
  revalidatePath("/[locale]/admin/invitations", "layout");
  if (batchId) revalidatePath(`/[locale]/admin/invitations/${batchId}`, "page");
}

/** Expected failures of a write become the form's message; anything else is thrown. */
async function attempt(formData: FormData, write: () => Promise<void>, messages: Record<string, string> = {}): Promise<ActionState<never> | null> {
  const t = getMessages(formLocale(formData)).adminInvitations;
  try {
    await write();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "NOT_FOUND") return errorState(t.notFound, {}, formData);
    if (error.details.reason === "SESSION_ENDED") {
      return errorState(formatMessage(t.timingEnded, { sessions: (error.details.sessions as string[]).join("; ") }), {}, formData);
    }
    if (error.code === "INVALID_STATE") return errorState(t.invalidState, {}, formData);
    const message = messages[error.code];
    if (message) return errorState(message, {}, formData);
    throw error;
  }
}

export async function createBatchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:draft");
  const locale = formLocale(formData);
  const messages = getMessages(locale);
  const parsed = createInvitationSchemas(messages.invitationErrors).draft.safeParse(draftFields(formData));
  if (!parsed.success) return draftError(messages.adminInvitations.fixErrors, fieldErrorsOf(parsed.error), formData);
  let batchId = "";
  const failed = await attempt(formData, async () => {
    batchId = (await store.createBatch(db, parsed.data, await actorOf(user))).id;
  });
  if (failed) return failed;
  refreshBatch();
  redirect(localizedPath(locale, `/admin/invitations/${batchId}`));
}

export async function updateDraftAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:draft");
  const messages = getMessages(formLocale(formData));
  const batchId = idField(formData, "batchId");
  const parsed = createInvitationSchemas(messages.invitationErrors).draft.safeParse(draftFields(formData));
  if (!batchId || !parsed.success) {
    return draftError(messages.adminInvitations.fixErrors, parsed.success ? {} : fieldErrorsOf(parsed.error), formData);
  }
  const failed = await attempt(formData, async () => store.updateDraft(db, batchId, parsed.data, await actorOf(user)));
  if (failed) return failed;
  refreshBatch(batchId);
  return { status: "success", message: messages.adminInvitations.saved, result: undefined };
}

export async function addInviteeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:draft");
  const messages = getMessages(formLocale(formData));
  const t = messages.adminInvitations;
  const batchId = idField(formData, "batchId");
  const parsed = createInvitationSchemas(messages.invitationErrors).invitee.safeParse(Object.fromEntries(formData));
  if (!batchId || !parsed.success) return errorState(t.fixErrors, parsed.success ? {} : fieldErrorsOf(parsed.error), formData);
  const failed = await attempt(formData, async () => void (await store.addInvitees(db, batchId, [parsed.data], await actorOf(user))), { CONFLICT: t.duplicate });
  if (failed) return failed;
  refreshBatch(batchId);
  return { status: "success", message: formatMessage(t.added, { name: parsed.data.fullName }), result: undefined };
}

export async function removeInviteeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:draft");
  const t = getMessages(formLocale(formData)).adminInvitations;
  const batchId = idField(formData, "batchId");
  const inviteeId = idField(formData, "inviteeId");
  if (!batchId || !inviteeId) return errorState(t.notFound);
  const failed = await attempt(formData, async () => store.removeInvitee(db, batchId, inviteeId, await actorOf(user)));
  if (failed) return failed;
  refreshBatch(batchId);
  return { status: "success", message: "", result: undefined };
}

type ImportCheck = { file: string; rows: ReportRow[]; counts: { accepted: number; duplicate: number; invalid: number }; accepted: string };

/** Reads the uploaded file and reports on every row; nothing is saved. */
export async function checkImportAction(_previous: ActionState<ImportCheck>, formData: FormData): Promise<ActionState<ImportCheck>> {
  await requirePermission("invitations:draft");
  const t = getMessages(formLocale(formData)).adminInvitations;
  const batchId = idField(formData, "batchId");
  const file = formData.get("file");
  if (!batchId) return errorState(t.notFound);
  if (!(file instanceof File) || file.size === 0) return errorState(t.fileRequired, { file: t.fileRequired });
  const read = await readTable({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
  if (!read.ok) return errorState(read.message, { file: read.message });
  const report = buildImportReport(read.table, await store.existingInviteeKeys(db, batchId));
  if (!report.ok) return errorState(report.message, { file: report.message });
  return {
    status: "success",
    message: formatMessage(t.reportSummary, report.counts),
    result: { file: file.name, rows: report.rows, counts: report.counts, accepted: JSON.stringify(report.accepted) },
  };
}

/**
 * Saves the rows a check accepted, all or none. They are validated again (the form posts them back)
 * and checked again against the batch, which may have changed since the report.
 */
export async function saveImportAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:draft");
  const messages = getMessages(formLocale(formData));
  const t = messages.adminInvitations;
  const batchId = idField(formData, "batchId");
  const schema = createInvitationSchemas(messages.invitationErrors).invitee;
  let rows: unknown;
  try {
    rows = JSON.parse(String(formData.get("accepted") ?? ""));
  } catch {
    rows = null;
  }
  if (!batchId || !Array.isArray(rows) || rows.length === 0) return errorState(t.importNothing);
  const invitees: InviteeInput[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) return errorState(t.importStale);
    invitees.push(parsed.data);
  }
  const failed = await attempt(formData, async () => void (await store.addInvitees(db, batchId, invitees, await actorOf(user))), { CONFLICT: t.importStale });
  if (failed) return failed;
  refreshBatch(batchId);
  return { status: "success", message: formatMessage(t.importSaved, { count: invitees.length }, formLocale(formData)), result: undefined };
}

export async function proposeBatchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:draft");
  const t = getMessages(formLocale(formData)).adminInvitations;
  const batchId = idField(formData, "batchId");
  if (!batchId) return errorState(t.notFound);
  const failed = await attempt(formData, async () => store.proposeBatch(db, batchId, await actorOf(user)));
  if (failed) return failed;
  refreshBatch(batchId);
  return { status: "success", message: t.proposed, result: undefined };
}

export async function returnBatchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:issue");
  const messages = getMessages(formLocale(formData));
  const batchId = idField(formData, "batchId");
  const parsed = createInvitationSchemas(messages.invitationErrors).comment.safeParse(Object.fromEntries(formData));
  if (!batchId || !parsed.success) return errorState(messages.adminInvitations.fixErrors, parsed.success ? {} : fieldErrorsOf(parsed.error), formData);
  const failed = await attempt(formData, async () => store.returnBatch(db, batchId, parsed.data.comment, await actorOf(user)));
  if (failed) return failed;
  refreshBatch(batchId);
  return { status: "success", message: messages.adminInvitations.returned, result: undefined };
}

/** The office corrects the wording of a proposed batch; the proposer is e-mailed what changed. */
export async function correctBatchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:issue");
  const locale = formLocale(formData);
  const messages = getMessages(locale);
  const t = messages.adminInvitations;
  const batchId = idField(formData, "batchId");
  const parsed = createInvitationSchemas(messages.invitationErrors).correction.safeParse(Object.fromEntries(formData));
  if (!batchId || !parsed.success) return errorState(t.fixErrors, parsed.success ? {} : fieldErrorsOf(parsed.error), formData);
  let outcome: store.CorrectionOutcome | null = null;
  const failed = await attempt(formData, async () => {
    outcome = await store.correctProposedBatch(db, batchId, parsed.data, await actorOf(user));
  }, { CONFLICT: t.nothingToCorrect });
  if (failed || !outcome) return failed ?? errorState(t.notFound);
  refreshBatch(batchId);
  return { status: "success", message: t.corrected, result: undefined };
}

export async function issueBatchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:issue");
  const t = getMessages(formLocale(formData)).adminInvitations;
  const batchId = idField(formData, "batchId");
  if (!batchId) return errorState(t.notFound);
  let outcome: store.IssueOutcome | null = null;
  const failed = await attempt(formData, async () => {
    outcome = await store.issueBatch(db, batchId, await actorOf(user));
  });
  if (failed || !outcome) return failed ?? errorState(t.notFound);
  const issued: store.IssueOutcome = outcome;
  refreshBatch(batchId);
  const batch = await db.invitationBatch.findUniqueOrThrow({ where: { id: batchId }, select: { register: { select: { symbol: true } } } });
  return { status: "success", message: formatMessage(t.issued, { count: issued.count, first: issued.first === null ? "" : formatDocumentNumber(issued.first), last: issued.last === null ? "" : formatDocumentNumber(issued.last), symbol: batch.register.symbol }, formLocale(formData)), result: undefined };
}

export async function revokeInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:issue");
  const messages = getMessages(formLocale(formData));
  const invitationId = idField(formData, "invitationId");
  const parsed = createInvitationSchemas(messages.invitationErrors).revoke.safeParse(Object.fromEntries(formData));
  if (!invitationId || !parsed.success) return errorState(messages.adminInvitations.fixErrors, parsed.success ? {} : fieldErrorsOf(parsed.error), formData);
  let number = 0;
  const failed = await attempt(formData, async () => {
    await store.revokeInvitation(db, invitationId, parsed.data.reason, await actorOf(user));
    number = (await db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { number: true } })).number;
  });
  if (failed) return failed;
  refreshBatch(idField(formData, "batchId") ?? undefined);
  return { status: "success", message: formatMessage(messages.adminInvitations.revokedDone, { number: formatDocumentNumber(number) }), result: undefined };
}

export async function reinviteAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:issue");
  const t = getMessages(formLocale(formData)).adminInvitations;
  const invitationId = idField(formData, "invitationId");
  const batchId = idField(formData, "batchId");
  if (!invitationId || !batchId) return errorState(t.notFound);
  let number = 0;
  const failed = await attempt(formData, async () => {
    number = (await store.reinvite(db, invitationId, await actorOf(user))).number;
  }, { CONFLICT: t.invalidState });
  if (failed) return failed;
  refreshBatch(batchId);
  return { status: "success", message: formatMessage(t.reinvited, { number: formatDocumentNumber(number) }), result: undefined };
}

/** Queues again the invitation e-mails of the batch the outbox gave up on. */
export async function retryDeliveryAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:issue");
  const t = getMessages(formLocale(formData)).adminInvitations;
  const batchId = idField(formData, "batchId");
  if (!batchId) return errorState(t.notFound);
  const retried = await store.retryFailedDeliveries(db, batchId);
  await recordAudit(db, { userId: user.id, ip: await requestIp(), action: "invitation.retry-delivery", entityType: "InvitationBatch", entityId: batchId, after: { retried } });
  refreshBatch(batchId);
  return { status: "success", message: t.retryStarted, result: undefined };
}

export async function remindAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("invitations:issue");
  const t = getMessages(formLocale(formData)).adminInvitations;
  const batchId = idField(formData, "batchId");
  if (!batchId) return errorState(t.notFound);
  const outcome = await store.remindNonResponders(db, batchId, await actorOf(user));
  return { status: "success", message: formatMessage(t.reminded, { count: outcome.reminded }, formLocale(formData)), result: undefined };
}

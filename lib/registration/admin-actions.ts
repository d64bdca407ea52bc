"use server";

import { revalidatePath } from "next/cache";
import { revalidateSeatCounts } from "@/lib/agenda/revalidate";
import { recordAudit } from "@/lib/audit/store";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { createAdminRegistrationSchemas } from "./admin-schema";
import { updateRegistrationDetails } from "./admin-store";
import { queueConfirmation } from "./mail-queue-store";
import { cancelRegistration, changeSeats } from "./delegate-store";

// Server Actions of the registration detail page. Each checks the permission itself first (an
// action is a public POST endpoint), validates with the shared schema, writes through the
// registration service (so seat rules and the wait list behave as for delegates) and audits the
// change in the same transaction.

function refresh() {
  revalidatePath("/[locale]/admin/registrations", "layout");
}

/** After a seat moved or was given back: the admin pages, and the seats left that the public sees. */
function refreshWithSeats() {
  refresh();
  revalidateSeatCounts();
}

/** Who acts and from where; read once the input is valid. */
async function actorContext(user: { id: string }) {
  return { userId: user.id, ip: await requestIp() };
}

/** The registration a button acts on, once the user may write registrations, and who acts. */
async function targetOf(formData: FormData) {
  const user = await requirePermission("registrations:write");
  const messages = getMessages(formLocale(formData));
  const parsed = createAdminRegistrationSchemas(messages.registrationErrors).target.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false as const, refused: errorState(messages.adminForm.notFound) };
  return { ok: true as const, messages, actor: await actorContext(user), registrationId: parsed.data.registrationId };
}

function notFoundOrThrow(error: unknown, message: string): ActionState<never> {
  if (error instanceof DomainError && (error.code === "NOT_FOUND" || error.code === "INVALID_STATE")) return errorState(message);
  throw error;
}

export async function updateRegistrationDetailsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("registrations:write");
  const messages = getMessages(formLocale(formData));
  const schemas = createAdminRegistrationSchemas(messages.registrationErrors);
  const parsed = schemas.details.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const actor = await actorContext(user);
  const { registrationId, ...input } = parsed.data;
  let emailChanged: boolean;
  try {
    ({ emailChanged } = await updateRegistrationDetails(db, registrationId, input, actor));
  } catch (error) {
    if (error instanceof DomainError && error.code === "CONFLICT") {
      return errorState(messages.adminForm.fixErrors, { email: messages.adminRegistrations.emailTaken }, formData);
    }
    return notFoundOrThrow(error, messages.adminForm.notFound);
  }
  // The corrected address has never had the ticket: updateRegistrationDetails queued it, with a new manage link.
  refresh();
  const t = messages.adminRegistrations;
  return { status: "success", message: emailChanged ? t.savedAndMailed : t.saved, result: undefined };
}

export async function moveRegistrationSeatAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission("registrations:write");
  const messages = getMessages(formLocale(formData));
  const parsed = createAdminRegistrationSchemas(messages.registrationErrors).move.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  const actor = await actorContext(user);
  const { registrationId, from, to } = parsed.data;
  if (from === to) return errorState(messages.adminForm.fixErrors, { to: messages.adminRegistrations.sameSession }, formData);
  let result: Awaited<ReturnType<typeof changeSeats>>;
  try {
    result = await changeSeats(db, {
      registrationId,
      add: [to],
      drop: [from],
      record: (tx) =>
        recordAudit(tx, { ...actor, action: "registration.move", entityType: "Registration", entityId: registrationId, before: { session: from }, after: { session: to } }),
    });
  } catch (error) {
    return notFoundOrThrow(error, messages.adminRegistrations.notActive);
  }
  if (result.status === "invalid") {
    return errorState(messages.adminForm.fixErrors, { to: Object.values(result.errors).flat()[0] ?? messages.adminForm.fixErrors }, formData);
  }
  refreshWithSeats();
  const seat = result.added[0];
  const message =
    seat?.status === "waitlisted"
      ? formatMessage(messages.adminRegistrations.movedWaitlisted, { position: seat.waitlistPosition ?? "?" })
      : messages.adminRegistrations.moved;
  return { status: "success", message, result: undefined };
}

export async function cancelRegistrationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const target = await targetOf(formData);
  if (!target.ok) return target.refused;
  const { messages, actor, registrationId } = target;
  try {
    await cancelRegistration(db, registrationId, (tx) =>
      recordAudit(tx, { ...actor, action: "registration.cancel", entityType: "Registration", entityId: registrationId, before: { status: "ACTIVE" }, after: { status: "CANCELLED" } }),
    );
  } catch (error) {
    return notFoundOrThrow(error, messages.adminForm.notFound);
  }
  refreshWithSeats();
  return { status: "success", message: messages.adminRegistrations.cancelled, result: undefined };
}

/**
 * Queues the confirmation e-mail again; the worker issues a fresh manage link when it renders it:
 * only the hash of a link is stored, so the old link cannot be repeated and stops working.
 */
export async function resendConfirmationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const target = await targetOf(formData);
  if (!target.ok) return target.refused;
  const { messages, actor, registrationId } = target;
  try {
    await db.$transaction(async (tx) => {
      const registration = await tx.registration.findUnique({ where: { id: registrationId }, select: { status: true } });
      if (!registration || registration.status === "ERASED") throw new DomainError("NOT_FOUND", "registration not found");
      await recordAudit(tx, { ...actor, action: "registration.resend-confirmation", entityType: "Registration", entityId: registrationId });
      await queueConfirmation(tx, registrationId, null);
    });
  } catch (error) {
    return notFoundOrThrow(error, messages.adminForm.notFound);
  }
  refresh();
  return { status: "success", message: messages.adminRegistrations.resent, result: undefined };
}

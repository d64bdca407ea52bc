"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import { generatePassword } from "@/lib/auth/password";
import { requestIp } from "@/lib/auth/request";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { createUserSchemas, passwordMessage } from "./schema";
import * as store from "./store";

// Server Actions of the user screens. Each one checks the permission itself first: an action is a
// public POST endpoint whatever page shows its form.

type CreatedUser = { userId: string; name: string; generatedPassword: string | null };
type PasswordResetResult = { generatedPassword: string | null };

const PASSWORD_FIELDS = ["password"];

/**
 * Runs a write on an existing user and refreshes the user screens; a user deleted meanwhile is an
 * expected failure (the `notFound` message), anything else is not.
 */
async function writeExistingUser(write: () => Promise<void>, notFoundMessage: string): Promise<ActionState<never> | null> {
  try {
    await write();
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return errorState(notFoundMessage);
    throw error;
  }
  revalidatePath("/[locale]/admin/users", "layout");
  return null;
}

export async function createUserAction(
  _previous: ActionState<CreatedUser>,
  formData: FormData,
): Promise<ActionState<CreatedUser>> {
  const actor = await requirePermission("users:manage");
  const messages = getMessages(formLocale(formData));
  const parsed = createUserSchemas(messages.adminForm).newUser.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData, PASSWORD_FIELDS);

  const input = parsed.data;
  const password = input.passwordMode === "set" ? input.password : generatePassword();
  try {
    const { id } = await store.createUser(
      db,
      { name: input.name, email: input.email, role: input.role, password },
      { userId: actor.id, ip: await requestIp() },
    );
    revalidatePath("/[locale]/admin/users", "layout");
    return {
      status: "success",
      message: formatMessage(messages.adminUsers.created, { name: input.name }),
      result: { userId: id, name: input.name, generatedPassword: input.passwordMode === "generate" ? password : null },
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === "CONFLICT") {
      return errorState(messages.adminForm.fixErrors, { email: messages.adminForm.emailTaken }, formData, PASSWORD_FIELDS);
    }
    throw error;
  }
}

export async function changeUserRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("users:manage");
  const messages = getMessages(formLocale(formData));
  const parsed = createUserSchemas(messages.adminForm).roleChange.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData);
  // Nobody demotes themselves by accident, and so at least one administrator always remains.
  if (parsed.data.userId === actor.id) return errorState(messages.adminUsers.cannotChangeOwnRole, {}, formData);
  const actorContext = { userId: actor.id, ip: await requestIp() };
  const failed = await writeExistingUser(
    () => store.changeUserRole(db, parsed.data.userId, parsed.data.role, actorContext),
    messages.adminForm.notFound,
  );
  if (failed) return failed;
  return {
    status: "success",
    message: formatMessage(messages.adminUsers.roleChanged, { role: messages.adminRoles[parsed.data.role] }),
    result: undefined,
  };
}

export async function resetUserPasswordAction(
  _previous: ActionState<PasswordResetResult>,
  formData: FormData,
): Promise<ActionState<PasswordResetResult>> {
  const actor = await requirePermission("users:manage");
  const messages = getMessages(formLocale(formData));
  const parsed = createUserSchemas(messages.adminForm).passwordReset.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.fixErrors, fieldErrorsOf(parsed.error), formData, PASSWORD_FIELDS);
  const user = await store.findUser(db, parsed.data.userId);
  if (!user) return errorState(messages.adminForm.notFound);

  let password: string;
  if (parsed.data.passwordMode === "set") {
    const problem = passwordMessage(parsed.data.password, user, messages.adminForm);
    if (problem) return errorState(messages.adminForm.fixErrors, { password: problem }, formData, PASSWORD_FIELDS);
    password = parsed.data.password;
  } else {
    password = generatePassword();
  }
  const actorContext = { userId: actor.id, ip: await requestIp() };
  const failed = await writeExistingUser(
    () => store.setUserPassword(db, user.id, password, actorContext),
    messages.adminForm.notFound,
  );
  if (failed) return failed;
  return {
    status: "success",
    message: messages.adminUsers.passwordReset,
    result: { generatedPassword: parsed.data.passwordMode === "generate" ? password : null },
  };
}

/** Disables (ending every session of the user) or enables an account, from the form's `disabled` field. */
export async function setUserDisabledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requirePermission("users:manage");
  const messages = getMessages(formLocale(formData));
  const parsed = createUserSchemas(messages.adminForm).statusChange.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.adminForm.notFound);
  const { userId, disabled } = parsed.data;
  if (disabled && userId === actor.id) return errorState(messages.adminUsers.cannotDisableSelf);
  const actorContext = { userId: actor.id, ip: await requestIp() };
  const failed = await writeExistingUser(
    () => store.setUserDisabled(db, userId, disabled, actorContext),
    messages.adminForm.notFound,
  );
  if (failed) return failed;
  return {
    status: "success",
    message: disabled ? messages.adminUsers.disabledDone : messages.adminUsers.enabledDone,
    result: undefined,
  };
}

"use server";

import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { localizedPath } from "@/lib/i18n/config";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { createUserSchemas, passwordMessage } from "@/lib/users/schema";
import { endUserSessions, setUserPassword, userPasswordHash } from "@/lib/users/store";
import { CredentialsSignin, SignInLocked, signIn, signOut } from "./config";
import { requireUser } from "./guard";
import { verifyPassword } from "./password";
import { safeAdminPath } from "./paths";
import { requestIp } from "./request";
import { getCurrentUser } from "./session";
import { retryAfterMinutes } from "./throttle-rules";

/** Signs in with e-mail and password; works as a plain form POST without JavaScript. */
export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = formLocale(formData);
  const messages = getMessages(locale).adminLogin;
  const email = formData.get("email");
  const password = formData.get("password");
  if (typeof email !== "string" || typeof password !== "string" || !email.trim() || !password) {
    return errorState(messages.missing, {}, formData, ["password"]);
  }
  try {
    // On success this throws Next's redirect to the admin page asked for.
    await signIn("credentials", { email, password, redirectTo: safeAdminPath(formData.get("next"), locale) });
  } catch (error) {
    if (error instanceof SignInLocked) {
      return errorState(formatMessage(messages.locked, { minutes: retryAfterMinutes(error.retryAfterMs) }, locale), {}, formData, [
        "password",
      ]);
    }
    if (error instanceof CredentialsSignin) return errorState(messages.invalid, {}, formData, ["password"]);
    throw error;
  }
  return { status: "idle" };
}

/**
 * Signs out everywhere: the session version moves on, so this cookie and any copy of it (another
 * device, a stolen one) stop working, not only the cookie this browser deletes.
 */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = formLocale(formData);
  const user = await getCurrentUser();
  if (user) await endUserSessions(db, user.id, { userId: user.id, ip: await requestIp() });
  await signOut({ redirectTo: `${localizedPath(locale, "/admin/login")}?signedOut=1` });
}

/** The signed-in user changes their own password; all their sessions end and they sign in again. */
export async function changeOwnPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = formLocale(formData);
  const user = await requireUser({ locale });
  const messages = getMessages(locale).adminForm;
  const parsed = createUserSchemas(messages).ownPasswordChange.safeParse(Object.fromEntries(formData));
  const omit = ["currentPassword", "newPassword", "confirmPassword"];
  if (!parsed.success) return errorState(messages.fixErrors, fieldErrorsOf(parsed.error), formData, omit);

  const hash = await userPasswordHash(db, user.id);
  if (!hash || !(await verifyPassword(hash, parsed.data.currentPassword))) {
    return errorState(messages.fixErrors, { currentPassword: messages.currentPasswordWrong }, formData, omit);
  }
  const problem = passwordMessage(parsed.data.newPassword, user, messages);
  if (problem) return errorState(messages.fixErrors, { newPassword: problem }, formData, omit);

  await setUserPassword(db, user.id, parsed.data.newPassword, { userId: user.id, ip: await requestIp() }, "auth.password-change");
  await signOut({ redirectTo: `${localizedPath(locale, "/admin/login")}?passwordChanged=1` });
  return { status: "idle" };
}

import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { loginPath } from "./paths";
import { can, type Capability } from "./roles";
import { getCurrentUser } from "./session";
import type { SessionUser } from "./session-token";

type GuardOptions = {
  /** Language of the login page to send a signed-out visitor to (Vietnamese by default). */
  locale?: Locale;
  /** Admin path to come back to after signing in. */
  returnTo?: string;
};

/** The signed-in user; a signed-out visitor is sent to the login page. */
export async function requireUser(options: GuardOptions = {}): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginPath(options.locale ?? "vi", options.returnTo));
  return user;
}

/**
 * The signed-in user, if their role grants `capability`; otherwise the login page (signed out) or
 * the 403 page (signed in). Every admin page and every admin Server Action calls this itself:
 * a check in a layout does not protect an action, which is a public POST endpoint.
 */
export async function requirePermission(capability: Capability, options: GuardOptions = {}): Promise<SessionUser> {
  const user = await requireUser(options);
  if (!can(user.role, capability)) forbidden();
  return user;
}

"use server";

import { logger } from "@/lib/log";
import { redirect } from "next/navigation";
import { revalidateSeatCounts } from "@/lib/agenda/revalidate";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { changeSeats, cancelRegistration, eraseRegistration, findRegistrationByManageToken, withdrawConsent } from "./delegate-store";
const log = logger("registration");

// The manage page's buttons. Each is a public POST endpoint: the secret token in the form is the
// only credential, checked afresh by every action. Every outcome redirects (303) back to a page,
// so that the buttons work without JavaScript and a reload never repeats a change.

export type ManageNotice = "added" | "dropped" | "cancelled" | "withdrawn";
export type ManageProblem = "invalid-link" | "unavailable" | "none-chosen" | "not-active" | "unexpected";

const WITHDRAWABLE = ["MEDIA", "NEWS"] as const;

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function readRequest(formData: FormData): { locale: Locale; token: string } {
  const locale = field(formData, "locale");
  return { locale: isLocale(locale) ? locale : "vi", token: field(formData, "token") };
}

function managePath(
  locale: Locale,
  token: string,
  query: { done?: ManageNotice; problem?: ManageProblem; session?: string },
): string {
  const search = new URLSearchParams();
  if (query.done) search.set("done", query.done);
  if (query.session) search.set("session", query.session);
  if (query.problem) search.set("problem", query.problem);
  return `${localizedPath(locale, `/my-registration/${encodeURIComponent(token)}`)}?${search}`;
}

/** Finds the registration behind the posted token, or sends the visitor to the not-found page. */
async function requireRegistration(formData: FormData) {
  const { locale, token } = readRequest(formData);
  const registration = await findRegistrationByManageToken(db, token);
  if (!registration) redirect(localizedPath(locale, `/my-registration/${encodeURIComponent(token)}`));
  return { locale, token, registration };
}

function problemOf(error: unknown): ManageProblem {
  if (error instanceof DomainError && error.code === "INVALID_STATE") return "not-active";
  log.error({ err: error }, "a change from the manage page failed");
  return "unexpected";
}

/** Applies the change and returns to the page; a single dropped session is named there (and can be taken back). */
async function applySeatChange(formData: FormData, change: { add: string[]; drop: string[] }, done: ManageNotice) {
  const { locale, token, registration } = await requireRegistration(formData);
  if (change.add.length + change.drop.length === 0) redirect(managePath(locale, token, { problem: "none-chosen" }));
  let problem: ManageProblem | undefined;
  try {
    const result = await changeSeats(db, { registrationId: registration.id, ...change });
    if (result.status === "invalid") problem = "unavailable";
    else {
      revalidateSeatCounts([...change.add, ...change.drop]);
    }
  } catch (error) {
    problem = problemOf(error);
  }
  const session = done === "dropped" && change.drop.length === 1 ? change.drop[0] : undefined;
  redirect(managePath(locale, token, problem ? { problem } : { done, session }));
}

export async function addMySessions(formData: FormData): Promise<void> {
  const wanted = formData.getAll("sessions").filter((value): value is string => typeof value === "string");
  await applySeatChange(formData, { add: wanted.slice(0, 20), drop: [] }, "added");
}

export async function dropMySession(formData: FormData): Promise<void> {
  await applySeatChange(formData, { add: [], drop: [field(formData, "session")].filter(Boolean) }, "dropped");
}

export async function cancelMyRegistration(formData: FormData): Promise<void> {
  const { locale, token, registration } = await requireRegistration(formData);
  await cancelRegistration(db, registration.id);
  revalidateSeatCounts(registration.seats.map((seat) => seat.session.slug));
  redirect(managePath(locale, token, { done: "cancelled" }));
}

export async function withdrawMyConsent(formData: FormData): Promise<void> {
  const { locale, token, registration } = await requireRegistration(formData);
  const purpose = WITHDRAWABLE.find((candidate) => candidate === field(formData, "purpose"));
  if (!purpose) redirect(managePath(locale, token, { problem: "unexpected" }));
  await withdrawConsent(db, registration.id, purpose);
  redirect(managePath(locale, token, { done: "withdrawn" }));
}

export async function eraseMyData(formData: FormData): Promise<void> {
  const { locale, registration } = await requireRegistration(formData);
  await eraseRegistration(db, registration.id);
  revalidateSeatCounts(registration.seats.map((seat) => seat.session.slug));
  redirect(localizedPath(locale, "/my-registration/deleted"));
}

import "server-only";
import { revalidateSeatCounts } from "@/lib/agenda/revalidate";
import { db } from "@/lib/db";
import { notifyAlreadyRegistered } from "./already-registered-store";
import type { RegistrationInput } from "./schema";
import { registerDelegate, type RegisterResult } from "./delegate-store";
import { currentEdition } from "@/lib/editions/current-queries";

// What both doors of registration (the form and the JSON API) do with a valid submission; only how
// they answer differs.

export async function takeRegistration(input: RegistrationInput, edition: { year: number; noticeVersion: string }): Promise<RegisterResult> {
  const result = await registerDelegate(db, { year: edition.year, input, noticeVersion: edition.noticeVersion });
  // The existing link goes to the registered address (at most once a day), never to the caller.
  if (result.status === "duplicate") await notifyAlreadyRegistered(db, result.registrationId);
  // The confirmation e-mail was queued with the registration itself.
  if (result.status === "created") revalidateSeatCounts(result.seats.map((seat) => seat.session));
  return result;
}

/** Year of the edition the registration form registers for: the current one, once published. */
export async function registrationYear(): Promise<number | null> {
  return (await currentEdition(db, "registration"))?.year ?? null;
}

import "server-only";
import type { Database } from "@/lib/db-client";
import { checkRateLimit } from "@/lib/rate-limit";
import { queueManageLink } from "./mail-queue-store";
import { currentEditionFor } from "@/lib/editions/rules";

// "Send me my link again" by address alone. The page answers the same whatever happens here, and
// all of it runs after the response, so neither the words nor the timing tell a visitor whether an
// address is registered.

/** E-mails one address receives this way per hour: a stranger typing it cannot flood its mailbox. */
export const LINK_REQUESTS_PER_ADDRESS = { limit: 3, windowSeconds: 3600 };

type LinkRequestOutcome = "sent" | "unknown" | "too-many";

/**
 * Queues the current manage link (the same one as before, see manage-link-store.ts) to the address when it holds a registration
 * of the current edition, active or cancelled (a cancelled delegate can still download or delete
 * their data). Erased registrations have no address left to match.
 */
export async function resendManageLink(database: Database, email: string): Promise<LinkRequestOutcome> {
  const registration = await database.registration.findFirst({
    where: { email, status: { in: ["ACTIVE", "CANCELLED"] }, edition: currentEditionFor("registration") },
    select: { id: true },
  });
  if (!registration) return "unknown";
  const limit = await checkRateLimit(database, `manage-link-address:${email}`, LINK_REQUESTS_PER_ADDRESS);
  if (!limit.allowed) return "too-many";
  await queueManageLink(database, registration.id);
  return "sent";
}

import "server-only";
import { listEditionSessionsIn } from "@/lib/agenda/public-queries";
import { buildCalendar } from "@/lib/agenda/feeds/ics";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { currentEdition } from "@/lib/editions/current-queries";

/**
 * The given sessions of an edition as one RFC 5545 calendar (the feeds' UIDs and SEQUENCE, so a later
 * file updates the events an earlier one created); null when none of them exists.
 */
export async function buildRegistrationCalendar(database: Database, year: number, sessionIds: string[]): Promise<string | null> {
  if (sessionIds.length === 0) return null;
  const [agenda, current] = await Promise.all([
    listEditionSessionsIn(database, year, {}, { includeCancelled: true }),
    currentEdition(database, "public"),
  ]);
  const sessions = agenda?.sessions.filter((session) => sessionIds.includes(session.id)) ?? [];
  if (!agenda || sessions.length === 0) return null;
  return buildCalendar({
    edition: agenda.edition,
    sessions,
    site: { baseUrl: env.PUBLIC_BASE_URL, currentYear: current?.year ?? null },
  });
}

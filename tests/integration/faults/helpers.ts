import type { Database } from "@/lib/db-client";

/** The edition and session the fault tests register for (one place to change when 2025 closes). */
export const FAULT_EDITION = 2025;
export const FAULT_SESSION = "le-khai-mac";

/**
 * Every sign of a half-written registration: a session whose seat counters disagree with its seat
 * rows, or an active registration without a seat. Empty when everything agrees.
 */
export async function halfWrittenRegistrations(database: Database): Promise<string[]> {
  const counters = await database.$queryRaw<{ slug: string; counted: number; rows: number }[]>`
    SELECT s.slug, s.seats_taken + s.invited_seats_taken AS counted,
      (SELECT count(*)::int FROM seats WHERE seats.session_id = s.id AND seats.status = 'CONFIRMED') AS rows
    FROM sessions s`;
  const seatless = await database.$queryRaw<{ code: string }[]>`
    SELECT r.code FROM registrations r
    WHERE r.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM seats WHERE seats.registration_id = r.id)`;
  return [
    ...counters.filter((row) => row.counted !== row.rows).map((row) => `session ${row.slug}: counters ${row.counted}, seat rows ${row.rows}`),
    ...seatless.map((row) => `registration ${row.code} has no seat`),
  ];
}

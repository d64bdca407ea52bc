import { randomUUID } from "node:crypto";
import pg from "pg";

// Sessions that have not happened yet. The seeded Week (2025) lies in the past of the machine's
// clock, and an invitation may not invite to a session that has ended: the invitation journeys
// invite to a copy of the opening ceremony dated some days ahead, left as a draft so that no public
// page or feed shows it.

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the end-to-end tests with `npm test -- e2e`");
  return url;
}

/** A draft session of the 2025 edition, 14:00–15:30 in Vietnam `daysAhead` days from now. */
export async function createUpcomingSession(title: string, daysAhead = 30): Promise<{ id: string; slug: string; startsAt: Date }> {
  const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  const startsAt = new Date(`${day}T14:00:00+07:00`);
  const endsAt = new Date(`${day}T15:30:00+07:00`);
  const session = { id: randomUUID(), slug: `sap-dien-ra-${randomUUID().slice(0, 8)}`, startsAt };
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO sessions (id, edition_id, slug, type, status, title, content, participants, starts_at, ends_at, venue_id, lead_unit_id, capacity, invited_capacity, updated_at)
       SELECT $1, s.edition_id, $2, s.type, 'DRAFT', $3, s.content, s.participants, $4, $5, s.venue_id, s.lead_unit_id, s.capacity, 20, now()
       FROM sessions s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.slug = 'le-khai-mac'`,
      [session.id, session.slug, title, startsAt, endsAt],
    );
  } finally {
    await client.end();
  }
  return session;
}

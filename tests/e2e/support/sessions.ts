import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";

// Sessions written straight into the e2e server's database, for states the seed does not hold: a
// session that has already taken place by the test clock of scripts/test.ts, or one that has not
// happened yet by the machine's clock (an invitation may not invite to a session that has ended), left
// as a draft so that no public page or feed shows it.

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the end-to-end tests with `npm test -- e2e`");
  return url;
}

async function withClient<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * The sessions whose seat counts the delegate journey checks exactly, a pair per Playwright project so
 * that the two projects running side by side do not move each other's counts; other specs that take
 * seats keep away from them.
 */
export const SEAT_COUNTED_SESSIONS = {
  desktop: ["le-khai-mac", "toa-dam-hien-ke"],
  phone: ["hoi-thao-chuyen-doi-so-du-lich", "hoi-thao-hoi-tu-nguon-luc"],
} as const satisfies Record<string, readonly [string, string]>;

export type InsertedSession = { id: string; slug: string; title: string; remove: () => Promise<void> };

/** A published 2025 session open for registration, with the opening ceremony's lead unit, at the given times. */
export async function insertPublishedSession({ startsAt, endsAt }: { startsAt: string; endsAt: string }): Promise<InsertedSession> {
  const suffix = randomBytes(3).toString("hex");
  const slug = `phien-thu-${suffix}`;
  const title = `Tập huấn chuyển đổi số cấp xã ${suffix}`;
  const id = await withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO sessions (id, edition_id, slug, type, status, title, starts_at, ends_at, lead_unit_id, capacity, registration_open, updated_at)
       SELECT gen_random_uuid(), s.edition_id, $1, s.type, 'PUBLISHED', $2, $3, $4, s.lead_unit_id, 40, true, now()
       FROM sessions s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.slug = 'le-khai-mac'
       RETURNING id::text`,
      [slug, title, startsAt, endsAt],
    );
    return rows[0]!.id;
  });
  return {
    id,
    slug,
    title,
    // Seats hold their session (ON DELETE RESTRICT): the delegates keep their registrations, without this seat.
    remove: () =>
      withClient(async (client) => {
        await client.query("DELETE FROM seats WHERE session_id = (SELECT id FROM sessions WHERE slug = $1)", [slug]);
        await client.query("DELETE FROM sessions WHERE slug = $1", [slug]);
      }),
  };
}

/** A draft session of the 2025 edition, 14:00–15:30 in Vietnam `daysAhead` days from now. */
export async function createUpcomingSession(title: string, daysAhead = 30): Promise<{ id: string; slug: string; startsAt: Date }> {
  const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  const startsAt = new Date(`${day}T14:00:00+07:00`);
  const endsAt = new Date(`${day}T15:30:00+07:00`);
  const session = { id: randomUUID(), slug: `sap-dien-ra-${randomUUID().slice(0, 8)}`, startsAt };
  await withClient((client) =>
    client.query(
      `INSERT INTO sessions (id, edition_id, slug, type, status, title, content, participants, starts_at, ends_at, venue_id, lead_unit_id, capacity, invited_capacity, updated_at)
       SELECT $1, s.edition_id, $2, s.type, 'DRAFT', $3, s.content, s.participants, $4, $5, s.venue_id, s.lead_unit_id, s.capacity, 20, now()
       FROM sessions s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.slug = 'le-khai-mac'`,
      [session.id, session.slug, title, startsAt, endsAt],
    ),
  );
  return session;
}

import "server-only";
import type { Database } from "@/lib/db-client";
import { yesterdayBounds } from "./rules";

// Who is owed a survey today: each delegate checked in to a session that ended yesterday (Quảng Ngãi
// time), once. Not a delegate whose registration was cancelled or erased (no address is left), nor
// one who withdrew the news consent, the consent that covers contact beyond the registration itself.

type DueSurvey = { checkInId: string; registrationId: string; email: string; fullName: string | null; sessionTitle: string; year: number };

type Sql = Pick<Database, "$queryRaw">;

/**
 * Marks up to `limit` due check-ins as invited and returns them, in one statement: two senders never
 * take the same delegate (SKIP LOCKED), and a delegate taken is never taken again. Run it in the
 * transaction that queues the e-mails, so that marking and queueing commit together.
 */
export async function claimDueSurveys(database: Sql, now: Date, limit = 200): Promise<DueSurvey[]> {
  const { start, end } = yesterdayBounds(now);
  return database.$queryRaw<DueSurvey[]>`
    UPDATE check_ins AS c SET feedback_invited_at = ${now}
    FROM sessions AS s, registrations AS r, editions AS e
    WHERE c.id IN (
      SELECT due.id FROM check_ins AS due
      JOIN sessions AS ds ON ds.id = due.session_id
      JOIN registrations AS dr ON dr.id = due.registration_id
      WHERE due.feedback_invited_at IS NULL
        AND ds.status = 'PUBLISHED'
        AND ds.ends_at >= ${start} AND ds.ends_at < ${end}
        AND dr.status = 'ACTIVE' AND dr.email IS NOT NULL
        AND NOT EXISTS (
          SELECT 1 FROM consents AS k WHERE k.registration_id = dr.id AND k.purpose = 'NEWS' AND k.withdrawn_at IS NOT NULL
        )
      ORDER BY due.checked_in_at
      LIMIT ${limit}
      FOR UPDATE OF due SKIP LOCKED
    )
    AND s.id = c.session_id AND r.id = c.registration_id AND e.id = s.edition_id
    RETURNING c.id::text AS "checkInId", r.id::text AS "registrationId", r.email, r.full_name AS "fullName", s.title AS "sessionTitle", e.year`;
}

-- Registrations for one session queue on its row lock, and a row lock can be taken out of arrival
-- order: a newcomer that arrives between one holder's commit and the next waiter's wake-up gets the
-- row first, and under a rush that can happen again and again to the same waiter. Heavyweight locks
-- are granted in arrival order, so take_seats first queues on a transaction-level advisory lock per
-- session, then goes for the rows. Keys are (4242, hashtext(session id)), taken in key order, so two
-- registrations never deadlock, even when two sessions' keys collide (which only serialises them a
-- little more). Cancellations still lock the row alone: they never wait on an advisory lock, so no
-- cycle can form with them.
CREATE OR REPLACE FUNCTION "take_seats"(registration uuid, session_ids uuid[])
  RETURNS TABLE (session_id uuid, status "SeatStatus", waitlist_position integer)
  LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  target uuid;
  has_seat boolean;
  placed_status "SeatStatus";
  placed_queue bigint;
  queue_key integer;
BEGIN
  FOR queue_key IN SELECT DISTINCT hashtext("id"::text) FROM "sessions" WHERE "id" = ANY(session_ids) ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(4242, queue_key);
  END LOOP;
  PERFORM 1 FROM "sessions" WHERE "id" = ANY(session_ids) ORDER BY "id" FOR NO KEY UPDATE;
  FOR target IN SELECT "id" FROM "sessions" WHERE "id" = ANY(session_ids) ORDER BY "id" LOOP
    UPDATE "sessions" SET "seats_taken" = "seats_taken" + 1 WHERE "id" = target AND "seats_taken" < "capacity";
    has_seat := FOUND;
    INSERT INTO "seats" ("id", "registration_id", "session_id", "status", "confirmed_at")
    VALUES (gen_random_uuid(), registration, target,
            CASE WHEN has_seat THEN 'CONFIRMED' ELSE 'WAITLISTED' END::"SeatStatus",
            CASE WHEN has_seat THEN now() END)
    ON CONFLICT ("registration_id", "session_id") DO UPDATE
      SET "status" = EXCLUDED."status", "confirmed_at" = EXCLUDED."confirmed_at", "cancelled_at" = NULL,
          "queue_number" = nextval(pg_get_serial_sequence('seats', 'queue_number'))
    RETURNING "seats"."status", "seats"."queue_number" INTO placed_status, placed_queue;
    session_id := target;
    status := placed_status;
    waitlist_position := NULL;
    IF NOT has_seat THEN
      SELECT count(*) + 1 INTO waitlist_position FROM "seats" AS ahead
      WHERE ahead."session_id" = target AND ahead."status" = 'WAITLISTED' AND ahead."queue_number" < placed_queue;
    END IF;
    RETURN NEXT;
  END LOOP;
END;
$$;

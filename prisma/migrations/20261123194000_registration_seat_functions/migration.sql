-- Seat taking for delegate registration, in the database so that a registration is one round trip.
-- Under a rush every registration for a session queues on that session's row lock until it
-- commits; a function keeps the application's round trips (and its event loop) out of that window,
-- and PL/pgSQL keeps its statements' plans. Each statement in it sees a fresh snapshot (READ
-- COMMITTED), so counts taken after a lock include everything committed before it.

-- Takes a seat for the registration in each session: confirmed where the conditional UPDATE finds
-- one free, wait-listed otherwise. The sessions are locked first, in id order (NO KEY UPDATE, so that
-- rows merely referencing a session can still be inserted), so wait-list numbers follow commit order
-- and a concurrent cancellation either sees this seat or runs after it. A seat the delegate once
-- dropped is reused and queues again at the end. The caller ensures the delegate holds no active
-- seat in these sessions.
CREATE FUNCTION "take_seats"(registration uuid, session_ids uuid[])
  RETURNS TABLE (session_id uuid, status "SeatStatus", waitlist_position integer)
  LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  target uuid;
  has_seat boolean;
  placed_status "SeatStatus";
  placed_queue bigint;
BEGIN
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

-- A whole public registration in one call: the edition by year (null when there is none to show),
-- the sessions asked for that are not open for registration (then nothing is written), or the new
-- registration with its consent records and seats. A repeated e-mail or a colliding code raises the
-- unique violation to the caller, which tells the two apart.
CREATE FUNCTION "register_delegate"(request jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  edition record;
  wanted text[] := ARRAY(SELECT jsonb_array_elements_text(request -> 'sessions'));
  open_ids uuid[];
  unavailable text[];
  new_id uuid;
  placed jsonb;
BEGIN
  SELECT "id", "status" INTO edition FROM "editions" WHERE "year" = (request ->> 'year')::int AND "status" <> 'DRAFT';
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'not_found');
  END IF;

  SELECT array_agg(s."id") INTO open_ids FROM "sessions" AS s
  WHERE s."edition_id" = edition."id" AND s."slug" = ANY(wanted) AND edition."status" = 'PUBLISHED'
    AND s."status" = 'PUBLISHED' AND s."registration_open" AND s."capacity" IS NOT NULL;
  SELECT array_agg(w.slug ORDER BY w.position) INTO unavailable
  FROM unnest(wanted) WITH ORDINALITY AS w(slug, position)
  WHERE NOT EXISTS (SELECT FROM "sessions" AS s WHERE s."id" = ANY(open_ids) AND s."slug" = w.slug);
  IF unavailable IS NOT NULL THEN
    RETURN jsonb_build_object('status', 'unavailable', 'sessions', to_jsonb(unavailable));
  END IF;

  INSERT INTO "registrations" ("id", "edition_id", "code", "full_name", "position", "organization", "group",
                               "email", "phone", "province", "manage_token_hash", "updated_at")
  VALUES (gen_random_uuid(), edition."id", request ->> 'code', request ->> 'fullName', request ->> 'position',
          request ->> 'organization', (request ->> 'group')::"DelegateGroup", request ->> 'email', request ->> 'phone',
          request ->> 'province', request ->> 'manageTokenHash', now())
  RETURNING "id" INTO new_id;

  INSERT INTO "consents" ("id", "registration_id", "purpose", "notice_version")
  SELECT gen_random_uuid(), new_id, purpose::"ConsentPurpose", request ->> 'noticeVersion'
  FROM jsonb_array_elements_text(request -> 'purposes') AS purpose;

  SELECT jsonb_agg(jsonb_build_object('session', s."slug", 'status', taken.status, 'waitlistPosition', taken.waitlist_position))
  INTO placed FROM "take_seats"(new_id, open_ids) AS taken JOIN "sessions" AS s ON s."id" = taken.session_id;

  RETURN jsonb_build_object('status', 'created', 'registrationId', new_id, 'seats', placed);
END;
$$;

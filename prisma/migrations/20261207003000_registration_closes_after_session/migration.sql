-- A session that has ended takes no registration. The caller sends its clock as `now` (test runs fix
-- it, see lib/time/clock.ts); without one the database's time is used. Sessions asked for that have
-- ended are listed apart as `past`, so the answer can say why.
CREATE OR REPLACE FUNCTION "register_delegate"(request jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  edition record;
  wanted text[] := ARRAY(SELECT jsonb_array_elements_text(request -> 'sessions'));
  at_time timestamptz := coalesce((request ->> 'now')::timestamptz, now());
  open_ids uuid[];
  unavailable text[];
  past text[];
  new_id uuid;
  placed jsonb;
BEGIN
  SELECT "id", "status" INTO edition FROM "editions" WHERE "year" = (request ->> 'year')::int AND "status" <> 'DRAFT';
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'not_found');
  END IF;

  SELECT array_agg(s."id") INTO open_ids FROM "sessions" AS s
  WHERE s."edition_id" = edition."id" AND s."slug" = ANY(wanted) AND edition."status" = 'PUBLISHED'
    AND s."status" = 'PUBLISHED' AND s."registration_open" AND s."capacity" IS NOT NULL
    AND s."ends_at" > at_time;
  SELECT array_agg(w.slug ORDER BY w.position) INTO unavailable
  FROM unnest(wanted) WITH ORDINALITY AS w(slug, position)
  WHERE NOT EXISTS (SELECT FROM "sessions" AS s WHERE s."id" = ANY(open_ids) AND s."slug" = w.slug);
  IF unavailable IS NOT NULL THEN
    SELECT array_agg(s."slug") INTO past FROM "sessions" AS s
    WHERE s."edition_id" = edition."id" AND s."slug" = ANY(unavailable) AND s."status" = 'PUBLISHED'
      AND s."ends_at" <= at_time;
    RETURN jsonb_build_object('status', 'unavailable', 'sessions', to_jsonb(unavailable),
                              'past', to_jsonb(coalesce(past, ARRAY[]::text[])));
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

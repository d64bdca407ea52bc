-- RFC 5545 SEQUENCE: a calendar client ignores a new version of an event whose SEQUENCE did not grow,
-- so a moved or cancelled session would stay unchanged in subscribers' calendars. The database bumps it
-- on every change the calendar feeds show (times, title, text, place, organiser, type, page, status),
-- whatever code path writes; a writer that already raised it is not bumped twice, and changes no
-- calendar shows (seats taken, registration opening) leave it alone.
CREATE FUNCTION "bump_session_sequence"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."sequence" <= OLD."sequence" AND (
       NEW."starts_at" IS DISTINCT FROM OLD."starts_at"
    OR NEW."ends_at" IS DISTINCT FROM OLD."ends_at"
    OR NEW."times_provisional" IS DISTINCT FROM OLD."times_provisional"
    OR NEW."title" IS DISTINCT FROM OLD."title"
    OR NEW."content" IS DISTINCT FROM OLD."content"
    OR NEW."participants" IS DISTINCT FROM OLD."participants"
    OR NEW."venue_id" IS DISTINCT FROM OLD."venue_id"
    OR NEW."lead_unit_id" IS DISTINCT FROM OLD."lead_unit_id"
    OR NEW."type" IS DISTINCT FROM OLD."type"
    OR NEW."slug" IS DISTINCT FROM OLD."slug"
    OR NEW."status" IS DISTINCT FROM OLD."status"
  ) THEN
    NEW."sequence" := OLD."sequence" + 1;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "sessions_bump_sequence" BEFORE UPDATE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "bump_session_sequence"();

-- Rules the Prisma schema language cannot express. Each one turns a wrong state into an error
-- at the database, whatever code path writes the row.

-- Editions
ALTER TABLE "editions"
  ADD CONSTRAINT "editions_dates_ordered" CHECK ("ends_on" >= "starts_on"),
  ADD CONSTRAINT "editions_year_plausible" CHECK ("year" BETWEEN 2000 AND 2100),
  ADD CONSTRAINT "editions_attendance_non_negative" CHECK ("expected_attendance" IS NULL OR "expected_attendance" >= 0);
CREATE UNIQUE INDEX "editions_single_current" ON "editions" ("is_current") WHERE "is_current";

-- Venues
ALTER TABLE "venues"
  ADD CONSTRAINT "venues_capacity_non_negative" CHECK ("capacity" IS NULL OR "capacity" >= 0),
  ADD CONSTRAINT "venues_latitude_range" CHECK ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "venues_longitude_range" CHECK ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180);

-- Sessions: seats are counted by the seat-taking UPDATE; these checks make overbooking impossible.
ALTER TABLE "sessions"
  ADD CONSTRAINT "sessions_ends_after_start" CHECK ("ends_at" > "starts_at"),
  ADD CONSTRAINT "sessions_capacity_non_negative" CHECK ("capacity" IS NULL OR "capacity" >= 0),
  ADD CONSTRAINT "sessions_invited_capacity_non_negative" CHECK ("invited_capacity" >= 0),
  ADD CONSTRAINT "sessions_seats_within_capacity" CHECK ("seats_taken" >= 0 AND "seats_taken" <= COALESCE("capacity", 0)),
  ADD CONSTRAINT "sessions_invited_seats_within_quota" CHECK ("invited_seats_taken" >= 0 AND "invited_seats_taken" <= "invited_capacity"),
  ADD CONSTRAINT "sessions_registration_needs_capacity" CHECK (NOT "registration_open" OR "capacity" IS NOT NULL),
  ADD CONSTRAINT "sessions_sequence_non_negative" CHECK ("sequence" >= 0),
  ADD CONSTRAINT "sessions_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- Registrations: personal data present unless erased; e-mail stored normalised.
ALTER TABLE "registrations"
  ADD CONSTRAINT "registrations_personal_data_unless_erased" CHECK (
    "status" = 'ERASED' OR ("full_name" IS NOT NULL AND "email" IS NOT NULL)),
  ADD CONSTRAINT "registrations_erased_has_no_personal_data" CHECK (
    "status" <> 'ERASED' OR ("full_name" IS NULL AND "email" IS NULL AND "phone" IS NULL AND "manage_token_hash" IS NULL)),
  ADD CONSTRAINT "registrations_email_lower_case" CHECK ("email" = lower("email")),
  ADD CONSTRAINT "registrations_code_format" CHECK ("code" ~ '^[A-Z0-9]+-[A-Z0-9]{5,}$');

ALTER TABLE "seats"
  ADD CONSTRAINT "seats_confirmed_has_time" CHECK ("status" <> 'CONFIRMED' OR "confirmed_at" IS NOT NULL),
  ADD CONSTRAINT "seats_cancelled_has_time" CHECK ("status" <> 'CANCELLED' OR "cancelled_at" IS NOT NULL);

ALTER TABLE "consents"
  ADD CONSTRAINT "consents_withdrawn_after_given" CHECK ("withdrawn_at" IS NULL OR "withdrawn_at" >= "given_at");

-- Invitations: numbers are positive and a revoked invitation says why.
ALTER TABLE "invitation_number_counters"
  ADD CONSTRAINT "invitation_counters_non_negative" CHECK ("last_number" >= 0);
ALTER TABLE "invitations"
  ADD CONSTRAINT "invitations_number_positive" CHECK ("number" > 0),
  ADD CONSTRAINT "invitations_revocation_complete" CHECK (
    ("status" = 'REVOKED') = ("revoked_at" IS NOT NULL AND "revoke_reason" IS NOT NULL)),
  ADD CONSTRAINT "invitations_pdf_checksum_format" CHECK ("pdf_sha256" ~ '^[0-9a-f]{64}$');

-- Exhibition and media
ALTER TABLE "booths"
  ADD CONSTRAINT "booths_position_non_negative" CHECK ("x" >= 0 AND "y" >= 0),
  ADD CONSTRAINT "booths_size_positive" CHECK ("width" > 0 AND "height" > 0);
ALTER TABLE "media_assets"
  ADD CONSTRAINT "media_assets_file_or_url" CHECK (num_nonnulls("file_id", "url") = 1);
ALTER TABLE "stored_files"
  ADD CONSTRAINT "stored_files_size_non_negative" CHECK ("size_bytes" >= 0);

ALTER TABLE "users"
  ADD CONSTRAINT "users_email_lower_case" CHECK ("email" = lower("email"));
ALTER TABLE "login_throttles"
  ADD CONSTRAINT "login_throttles_failures_non_negative" CHECK ("failures" >= 0);

-- Diacritic-insensitive search: unaccent is only STABLE, so wrap it in an IMMUTABLE function
-- that pins the dictionary, which lets expression and trigram indexes use it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE FUNCTION "search_normalize"(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, normalize(input, NFC)));

-- The public site only presents an edition that is published or archived.
ALTER TABLE "editions"
  ADD CONSTRAINT "editions_current_is_public" CHECK (NOT "is_current" OR "status" <> 'DRAFT');

-- Rows that join two edition-scoped records must join records of the same edition: a seat for a
-- 2023 session on a 2025 registration is a wrong state no CHECK can see, so a trigger refuses it.
-- Arguments: parent table and column of the first reference, then of the second.
CREATE FUNCTION "enforce_same_edition"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  first_edition uuid;
  second_edition uuid;
BEGIN
  EXECUTE format('SELECT edition_id FROM %I WHERE id = $1', TG_ARGV[0])
    INTO first_edition USING (to_jsonb(NEW) ->> TG_ARGV[1])::uuid;
  EXECUTE format('SELECT edition_id FROM %I WHERE id = $1', TG_ARGV[2])
    INTO second_edition USING (to_jsonb(NEW) ->> TG_ARGV[3])::uuid;
  IF first_edition IS DISTINCT FROM second_edition THEN
    RAISE EXCEPTION 'row of "%" violates "%": it links records of different editions', TG_TABLE_NAME, TG_NAME
      USING ERRCODE = 'check_violation', CONSTRAINT = TG_NAME;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "seats_same_edition" BEFORE INSERT OR UPDATE OF "registration_id", "session_id" ON "seats"
  FOR EACH ROW EXECUTE FUNCTION "enforce_same_edition"('registrations', 'registration_id', 'sessions', 'session_id');
CREATE TRIGGER "check_ins_same_edition" BEFORE INSERT OR UPDATE OF "registration_id", "session_id" ON "check_ins"
  FOR EACH ROW EXECUTE FUNCTION "enforce_same_edition"('registrations', 'registration_id', 'sessions', 'session_id');
CREATE TRIGGER "invitation_batch_sessions_same_edition" BEFORE INSERT OR UPDATE ON "invitation_batch_sessions"
  FOR EACH ROW EXECUTE FUNCTION "enforce_same_edition"('invitation_batches', 'batch_id', 'sessions', 'session_id');
CREATE TRIGGER "press_accreditation_sessions_same_edition" BEFORE INSERT OR UPDATE ON "press_accreditation_sessions"
  FOR EACH ROW EXECUTE FUNCTION "enforce_same_edition"('press_accreditations', 'accreditation_id', 'sessions', 'session_id');

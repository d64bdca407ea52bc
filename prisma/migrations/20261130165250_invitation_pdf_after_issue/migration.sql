-- AlterTable
ALTER TABLE "invitations" ALTER COLUMN "pdf_sha256" DROP NOT NULL;


-- An invitee holds at most one live invitation: re-inviting after a revocation issues a new number,
-- never a second copy alongside the first. (The checksum's format CHECK lets the NULL through.)
CREATE UNIQUE INDEX "invitations_one_issued_per_invitee" ON "invitations" ("invitee_id") WHERE "status" = 'ISSUED';

-- Seats for an invitee who accepted: confirmed from each session's invited quota (invited_seats_taken
-- against invited_capacity, CHECK sessions_invited_seats_within_quota), never from the public
-- capacity, and whether or not public registration is open. A session where the delegate already
-- holds a confirmed seat is left as it is; a wait-listed or cancelled seat becomes a confirmed invited
-- one. The session rows are locked in id order like take_seats does, so the two never deadlock. A
-- full quota raises SQLSTATE QN001 and the caller's transaction writes nothing.
CREATE FUNCTION "take_invited_seats"(registration uuid, session_ids uuid[])
  RETURNS TABLE (session_id uuid)
  LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  target uuid;
  held "SeatStatus";
BEGIN
  PERFORM 1 FROM "sessions" WHERE "id" = ANY(session_ids) ORDER BY "id" FOR NO KEY UPDATE;
  FOR target IN SELECT "id" FROM "sessions" WHERE "id" = ANY(session_ids) ORDER BY "id" LOOP
    SELECT s."status" INTO held FROM "seats" AS s WHERE s."registration_id" = registration AND s."session_id" = target;
    CONTINUE WHEN held = 'CONFIRMED';
    UPDATE "sessions" SET "invited_seats_taken" = "invited_seats_taken" + 1
    WHERE "id" = target AND "invited_seats_taken" < "invited_capacity";
    IF NOT FOUND THEN
      RAISE EXCEPTION 'the invited seats of session % are all taken', target USING ERRCODE = 'QN001';
    END IF;
    INSERT INTO "seats" ("id", "registration_id", "session_id", "status", "source", "confirmed_at")
    VALUES (gen_random_uuid(), registration, target, 'CONFIRMED', 'INVITATION', now())
    ON CONFLICT ("registration_id", "session_id") DO UPDATE
      SET "status" = 'CONFIRMED', "source" = 'INVITATION', "confirmed_at" = now(), "cancelled_at" = NULL;
    session_id := target;
    RETURN NEXT;
  END LOOP;
END;
$$;

-- Only a confirmed seat can come from the invited quota: cancelling one hands it back (and marks it
-- public again), so a delegate who later adds the session through the public form competes for a
-- public seat, which take_seats counts against the public capacity.
ALTER TABLE "seats" ADD CONSTRAINT "seats_invited_only_when_confirmed" CHECK ("source" = 'PUBLIC' OR "status" = 'CONFIRMED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'SKIPPED');

-- AlterTable
ALTER TABLE "registrations" DROP COLUMN "confirmation_claimed_at";

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "registration_id" UUID,
    "invitation_id" UUID,
    "status" "OutboxStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_by" TEXT,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_messages_registration_id_idx" ON "outbox_messages"("registration_id");

-- CreateIndex
CREATE INDEX "outbox_messages_invitation_id_idx" ON "outbox_messages"("invitation_id");

-- CreateIndex
CREATE INDEX "outbox_messages_recipient_idx" ON "outbox_messages"("recipient");

-- CreateIndex
CREATE INDEX "outbox_messages_created_at_idx" ON "outbox_messages"("created_at");


-- Wakes the outbox workers of every instance when messages are queued. NOTIFY is delivered at
-- commit, so a worker never looks for a message whose transaction has not committed (or rolled back).
CREATE FUNCTION notify_mail_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('mail_outbox', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_messages_notify
AFTER INSERT ON "outbox_messages"
FOR EACH STATEMENT EXECUTE FUNCTION notify_mail_outbox();


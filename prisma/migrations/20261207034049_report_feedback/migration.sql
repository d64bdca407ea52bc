-- AlterTable
ALTER TABLE "check_ins" ADD COLUMN     "feedback_answered_at" TIMESTAMPTZ(3),
ADD COLUMN     "feedback_invited_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "session_feedback" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "signed_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "session_feedback_session_id_idx" ON "session_feedback"("session_id");

-- AddForeignKey
ALTER TABLE "session_feedback" ADD CONSTRAINT "session_feedback_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A rating is a whole number of stars from 1 to 5.
ALTER TABLE "session_feedback"
  ADD CONSTRAINT "session_feedback_rating_range" CHECK ("rating" BETWEEN 1 AND 5);

-- The survey is answered only after it was sent.
ALTER TABLE "check_ins"
  ADD CONSTRAINT "check_ins_feedback_answered_after_invited" CHECK ("feedback_answered_at" IS NULL OR "feedback_invited_at" IS NOT NULL);

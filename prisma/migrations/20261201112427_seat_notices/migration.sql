-- CreateEnum
CREATE TYPE "SeatNotice" AS ENUM ('PROMOTED', 'SESSION_CANCELLED');

-- AlterTable
ALTER TABLE "seats" ADD COLUMN     "notice_due_at" TIMESTAMPTZ(3),
ADD COLUMN     "notice_kind" "SeatNotice";


-- A notice that is due says what it is about.
ALTER TABLE "seats" ADD CONSTRAINT "seats_notice_due_has_kind" CHECK ("notice_due_at" IS NULL OR "notice_kind" IS NOT NULL);

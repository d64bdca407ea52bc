-- AlterEnum
ALTER TYPE "SeatNotice" ADD VALUE 'SESSION_CHANGED';

-- AlterTable
ALTER TABLE "seats" ADD COLUMN     "notice_detail" JSONB;


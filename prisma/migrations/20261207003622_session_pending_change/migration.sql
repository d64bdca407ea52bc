-- AlterTable
ALTER TABLE "sessions" ADD COLUMN     "pending_change" JSONB;


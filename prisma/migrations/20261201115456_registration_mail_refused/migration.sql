-- AlterTable
ALTER TABLE "registrations" ADD COLUMN     "mail_refused_at" TIMESTAMPTZ(3);


-- AlterTable
ALTER TABLE "registrations" ADD COLUMN     "confirmation_claimed_at" TIMESTAMPTZ(3);


-- Until now the claim and the sending were one column: every confirmation recorded so far was claimed then.
UPDATE "registrations" SET "confirmation_claimed_at" = "confirmation_mailed_at" WHERE "confirmation_mailed_at" IS NOT NULL;

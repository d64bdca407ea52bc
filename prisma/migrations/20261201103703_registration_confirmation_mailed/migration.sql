-- AlterTable
ALTER TABLE "registrations" ADD COLUMN     "confirmation_mailed_at" TIMESTAMPTZ(3);


-- Registrations made before this column existed had their confirmation sent (or reported failing) by
-- the code of their time: none of them is due again.
UPDATE "registrations" SET "confirmation_mailed_at" = "created_at";

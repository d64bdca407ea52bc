-- AlterTable
ALTER TABLE "exhibitor_applications" ADD COLUMN     "anonymized_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "press_accreditations" ADD COLUMN     "anonymized_at" TIMESTAMPTZ(3);


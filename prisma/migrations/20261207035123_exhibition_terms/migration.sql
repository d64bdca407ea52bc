-- AlterTable
ALTER TABLE "editions" ADD COLUMN     "booth_terms" TEXT,
ADD COLUMN     "booth_terms_en" TEXT,
ADD COLUMN     "exhibition_apply_by" DATE;


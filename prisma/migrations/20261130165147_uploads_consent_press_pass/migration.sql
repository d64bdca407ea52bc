-- Exhibitor applications record the consent the form always required. Applications stored before
-- this migration were ticked too, under a notice whose version was not kept: they say so.
ALTER TABLE "exhibitor_applications" ADD COLUMN     "consent_notice_version" TEXT NOT NULL DEFAULT 'unrecorded',
ADD COLUMN     "consented_at" TIMESTAMPTZ(3) NOT NULL DEFAULT "now"();
UPDATE "exhibitor_applications" SET "consented_at" = "created_at";
ALTER TABLE "exhibitor_applications" ALTER COLUMN "consent_notice_version" DROP DEFAULT,
ALTER COLUMN "consented_at" DROP DEFAULT;

-- AlterTable
ALTER TABLE "stored_files" ADD COLUMN     "thumbnail_key" TEXT,
ADD COLUMN     "web_key" TEXT;

-- AlterTable
ALTER TABLE "press_accreditations" ADD COLUMN     "consent_notice_version" TEXT NOT NULL,
ADD COLUMN     "consented_at" TIMESTAMPTZ(3) NOT NULL,
ADD COLUMN     "pass_code" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "stored_files_thumbnail_key_key" ON "stored_files"("thumbnail_key");

-- CreateIndex
CREATE UNIQUE INDEX "stored_files_web_key_key" ON "stored_files"("web_key");

-- CreateIndex
CREATE UNIQUE INDEX "press_accreditations_pass_code_key" ON "press_accreditations"("pass_code");

-- An approved journalist always has a press pass, and only an approved one.
ALTER TABLE "press_accreditations"
  ADD CONSTRAINT "press_accreditations_pass_when_approved" CHECK (("status" = 'APPROVED') = ("pass_code" IS NOT NULL));

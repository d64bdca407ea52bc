-- AlterTable
ALTER TABLE "booths" ADD COLUMN     "contacts_published_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "exhibitor_applications" ADD COLUMN     "public_email" TEXT,
ADD COLUMN     "public_phone" TEXT,
ADD COLUMN     "public_website" TEXT,
ADD COLUMN     "publish_consent_at" TIMESTAMPTZ(3);


-- Existing booths: their contacts become private (no consent recorded: contacts_published_at stays
-- null) until the exhibitor chooses what to publish. Accepting an application used to copy the
-- applicant's own e-mail and phone onto the booth; those stay on the application only, so that a later
-- consent to publish the organisation's contacts cannot publish the applicant's.
UPDATE "booths" AS b
SET "contact_email" = CASE WHEN b."contact_email" = a."email" THEN NULL ELSE b."contact_email" END,
    "contact_phone" = CASE WHEN b."contact_phone" = a."phone" THEN NULL ELSE b."contact_phone" END
FROM "exhibitor_applications" AS a
WHERE a."booth_id" = b."id";

-- CreateTable
CREATE TABLE "edition_reports" (
    "edition_id" UUID NOT NULL,
    "number" TEXT NOT NULL DEFAULT '',
    "issuer_parent" TEXT NOT NULL DEFAULT '',
    "issuer_name" TEXT NOT NULL DEFAULT '',
    "signer_title" TEXT NOT NULL DEFAULT '',
    "signer_name" TEXT NOT NULL DEFAULT '',
    "recipients" TEXT NOT NULL DEFAULT '',
    "assessment" TEXT NOT NULL DEFAULT '',
    "lessons" TEXT NOT NULL DEFAULT '',
    "proposals" TEXT NOT NULL DEFAULT '',
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "edition_reports_pkey" PRIMARY KEY ("edition_id")
);

-- AddForeignKey
ALTER TABLE "edition_reports" ADD CONSTRAINT "edition_reports_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_reports" ADD CONSTRAINT "edition_reports_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


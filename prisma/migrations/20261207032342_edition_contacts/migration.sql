-- CreateEnum
CREATE TYPE "contact_kind" AS ENUM ('GENERAL', 'PRESS', 'EXHIBITION');

-- CreateTable
CREATE TABLE "edition_contacts" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "kind" "contact_kind" NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "edition_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "edition_contacts_edition_id_kind_key" ON "edition_contacts"("edition_id", "kind");

-- AddForeignKey
ALTER TABLE "edition_contacts" ADD CONSTRAINT "edition_contacts_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- AlterTable
ALTER TABLE "registrations" ADD COLUMN     "delegation_id" UUID;

-- AlterTable
ALTER TABLE "consents" ADD COLUMN     "given_by_delegation_id" UUID;

-- CreateTable
CREATE TABLE "delegations" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "registrant_name" TEXT,
    "registrant_email" TEXT,
    "registrant_phone" TEXT,
    "organization" TEXT,
    "manage_token_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erased_at" TIMESTAMPTZ(3),

    CONSTRAINT "delegations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "delegations_manage_token_hash_key" ON "delegations"("manage_token_hash");

-- CreateIndex
CREATE INDEX "delegations_edition_id_created_at_idx" ON "delegations"("edition_id", "created_at");

-- CreateIndex
CREATE INDEX "registrations_delegation_id_idx" ON "registrations"("delegation_id");

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consents" ADD CONSTRAINT "consents_given_by_delegation_id_fkey" FOREIGN KEY ("given_by_delegation_id") REFERENCES "delegations"("id") ON DELETE SET NULL ON UPDATE CASCADE;


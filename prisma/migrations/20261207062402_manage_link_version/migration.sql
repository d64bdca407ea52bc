-- Rows made before this migration hold a random manage token: their stored hash does not match the
-- link recomputed from version 1, so the first link mailed to them again issues version 2 (once).
-- AlterTable
ALTER TABLE "registrations" ADD COLUMN     "manage_link_version" INTEGER NOT NULL DEFAULT 1;


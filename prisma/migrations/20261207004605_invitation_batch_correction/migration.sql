-- AlterTable
ALTER TABLE "invitation_batches" ADD COLUMN     "corrected_at" TIMESTAMPTZ(3),
ADD COLUMN     "corrected_by_id" UUID,
ADD COLUMN     "correction_note" TEXT;

-- AddForeignKey
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_corrected_by_id_fkey" FOREIGN KEY ("corrected_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


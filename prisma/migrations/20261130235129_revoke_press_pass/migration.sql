-- AlterEnum
ALTER TYPE "AccreditationStatus" ADD VALUE 'REVOKED';


-- A revoked accreditation keeps its pass code (the door recognises the pass and refuses it by name):
-- a pass code exactly when the accreditation is or was approved. Written without 'REVOKED', which
-- cannot be used in the transaction that adds it.
ALTER TABLE "press_accreditations" DROP CONSTRAINT "press_accreditations_pass_when_approved";
ALTER TABLE "press_accreditations"
  ADD CONSTRAINT "press_accreditations_pass_once_approved" CHECK (("status" NOT IN ('PENDING', 'REJECTED')) = ("pass_code" IS NOT NULL));

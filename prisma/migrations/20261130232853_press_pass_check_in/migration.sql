-- AlterTable
ALTER TABLE "check_ins" ADD COLUMN     "accreditation_id" UUID,
ALTER COLUMN "registration_id" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "check_ins_accreditation_id_session_id_key" ON "check_ins"("accreditation_id", "session_id");

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_accreditation_id_fkey" FOREIGN KEY ("accreditation_id") REFERENCES "press_accreditations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A check-in lets in either a delegate or an accredited journalist, never both, never nobody.
ALTER TABLE "check_ins"
  ADD CONSTRAINT "check_ins_one_holder" CHECK (num_nonnulls("registration_id", "accreditation_id") = 1);

-- The same-edition trigger now looks at whichever holder the row has (a NULL registration would
-- otherwise count as "another edition").
DROP TRIGGER "check_ins_same_edition" ON "check_ins";
CREATE TRIGGER "check_ins_same_edition" BEFORE INSERT OR UPDATE OF "registration_id", "session_id" ON "check_ins"
  FOR EACH ROW WHEN (NEW."registration_id" IS NOT NULL)
  EXECUTE FUNCTION "enforce_same_edition"('registrations', 'registration_id', 'sessions', 'session_id');
CREATE TRIGGER "check_ins_press_same_edition" BEFORE INSERT OR UPDATE OF "accreditation_id", "session_id" ON "check_ins"
  FOR EACH ROW WHEN (NEW."accreditation_id" IS NOT NULL)
  EXECUTE FUNCTION "enforce_same_edition"('press_accreditations', 'accreditation_id', 'sessions', 'session_id');

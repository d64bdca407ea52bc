-- CreateEnum
CREATE TYPE "SessionMaterialKind" AS ENUM ('SLIDES', 'DOCUMENT', 'VIDEO', 'LIVESTREAM');

-- CreateTable
CREATE TABLE "session_materials" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "kind" "SessionMaterialKind" NOT NULL,
    "title" TEXT NOT NULL,
    "file_id" UUID,
    "url" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "added_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_materials_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "session_materials_session_id_position_idx" ON "session_materials"("session_id", "position");

-- AddForeignKey
ALTER TABLE "session_materials" ADD CONSTRAINT "session_materials_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_materials" ADD CONSTRAINT "session_materials_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_materials" ADD CONSTRAINT "session_materials_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A material is a stored file or a link, never both and never neither.
ALTER TABLE "session_materials"
  ADD CONSTRAINT "session_materials_file_or_url" CHECK (("file_id" IS NULL) <> ("url" IS NULL));

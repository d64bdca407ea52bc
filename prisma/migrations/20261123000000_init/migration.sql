-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('CENTRAL_GOVERNMENT', 'CENTRAL_AGENCY', 'PROVINCIAL_AUTHORITY', 'PROVINCIAL_DEPARTMENT', 'LOCAL_AUTHORITY', 'MASS_ORGANIZATION', 'ASSOCIATION', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'PRESS', 'ENTERPRISE', 'OTHER');

-- CreateEnum
CREATE TYPE "SessionType" AS ENUM ('OPENING_CEREMONY', 'CLOSING_CEREMONY', 'CONFERENCE', 'WORKSHOP', 'ROUND_TABLE', 'FORUM', 'EXHIBITION', 'COMMUNICATIONS', 'CONTEST', 'SITE_VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SpeakerRole" AS ENUM ('CHAIR', 'MODERATOR', 'KEYNOTE', 'PRESENTER', 'PANELLIST');

-- CreateEnum
CREATE TYPE "DelegateGroup" AS ENUM ('GOVERNMENT', 'ENTERPRISE', 'ACADEMIA', 'PRESS', 'YOUTH_UNION', 'OTHER');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('ACTIVE', 'CANCELLED', 'ERASED');

-- CreateEnum
CREATE TYPE "RegistrationSource" AS ENUM ('PUBLIC', 'INVITATION');

-- CreateEnum
CREATE TYPE "SeatStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('REGISTRATION', 'MEDIA', 'NEWS');

-- CreateEnum
CREATE TYPE "InvitationBatchStatus" AS ENUM ('DRAFT', 'PROPOSED', 'RETURNED', 'ISSUED');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('ISSUED', 'REVOKED');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('NOT_SENT', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "InvitationResponse" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'SUBSTITUTED');

-- CreateEnum
CREATE TYPE "BoothCategory" AS ENUM ('STARTUP', 'RESEARCH_RESULT', 'SCIENCE_TECH_ENTERPRISE', 'DIGITAL_SERVICE', 'TOURISM_SOLUTION', 'AGRICULTURE_SOLUTION', 'OCOP_PRODUCT', 'OTHER_PROVINCE');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('PENDING', 'CHANGES_REQUESTED', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "MediaAssetKind" AS ENUM ('PRESS_RELEASE', 'FACT_SHEET', 'LOGO', 'POSTER', 'PHOTO', 'VIDEO_LINK', 'PROGRAMME');

-- CreateEnum
CREATE TYPE "AccreditationStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ORGANIZER', 'INVITATION_OFFICER', 'CHECKIN_STAFF');

-- CreateTable
CREATE TABLE "editions" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "theme" TEXT NOT NULL,
    "theme_en" TEXT,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "time_zone" TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    "status" "EditionStatus" NOT NULL DEFAULT 'DRAFT',
    "is_current" BOOLEAN NOT NULL DEFAULT false,
    "expected_attendance" INTEGER,
    "source_document" TEXT,
    "directing_unit_id" UUID,
    "lead_unit_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "editions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "edition_coordinating_units" (
    "edition_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "edition_coordinating_units_pkey" PRIMARY KEY ("edition_id","unit_id")
);

-- CreateTable
CREATE TABLE "edition_venues" (
    "edition_id" UUID NOT NULL,
    "venue_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "edition_venues_pkey" PRIMARY KEY ("edition_id","venue_id")
);

-- CreateTable
CREATE TABLE "units" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "short_name" TEXT,
    "kind" "UnitKind" NOT NULL DEFAULT 'OTHER',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "venues" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "address" TEXT NOT NULL,
    "commune" TEXT,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "capacity" INTEGER,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "venues_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "SessionType" NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "title_en" TEXT,
    "content" TEXT NOT NULL DEFAULT '',
    "content_en" TEXT,
    "participants" TEXT NOT NULL DEFAULT '',
    "participants_en" TEXT,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "times_provisional" BOOLEAN NOT NULL DEFAULT false,
    "venue_id" UUID,
    "lead_unit_id" UUID NOT NULL,
    "capacity" INTEGER,
    "invited_capacity" INTEGER NOT NULL DEFAULT 0,
    "seats_taken" INTEGER NOT NULL DEFAULT 0,
    "invited_seats_taken" INTEGER NOT NULL DEFAULT 0,
    "registration_open" BOOLEAN NOT NULL DEFAULT false,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_coordinating_units" (
    "session_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "session_coordinating_units_pkey" PRIMARY KEY ("session_id","unit_id")
);

-- CreateTable
CREATE TABLE "speakers" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "organization" TEXT,
    "bio" TEXT,
    "bio_en" TEXT,
    "photo_file_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "speakers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_speakers" (
    "session_id" UUID NOT NULL,
    "speaker_id" UUID NOT NULL,
    "role" "SpeakerRole" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "session_speakers_pkey" PRIMARY KEY ("session_id","speaker_id")
);

-- CreateTable
CREATE TABLE "registrations" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'ACTIVE',
    "source" "RegistrationSource" NOT NULL DEFAULT 'PUBLIC',
    "full_name" TEXT,
    "position" TEXT,
    "organization" TEXT,
    "group" "DelegateGroup" NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "province" TEXT,
    "manage_token_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),

    CONSTRAINT "registrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seats" (
    "id" UUID NOT NULL,
    "registration_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "status" "SeatStatus" NOT NULL,
    "source" "RegistrationSource" NOT NULL DEFAULT 'PUBLIC',
    "queue_number" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),

    CONSTRAINT "seats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consents" (
    "id" UUID NOT NULL,
    "registration_id" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "notice_version" TEXT NOT NULL,
    "given_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawn_at" TIMESTAMPTZ(3),

    CONSTRAINT "consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "check_ins" (
    "id" UUID NOT NULL,
    "registration_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "checked_in_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "staff_user_id" UUID,
    "client_event_id" TEXT,

    CONSTRAINT "check_ins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation_registers" (
    "id" UUID NOT NULL,
    "symbol" TEXT NOT NULL,
    "issuer_unit_id" UUID NOT NULL,
    "parent_body" TEXT,

    CONSTRAINT "invitation_registers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation_number_counters" (
    "register_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "invitation_number_counters_pkey" PRIMARY KEY ("register_id","year")
);

-- CreateTable
CREATE TABLE "invitation_batches" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "register_id" UUID NOT NULL,
    "status" "InvitationBatchStatus" NOT NULL DEFAULT 'DRAFT',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "signer_authority" TEXT NOT NULL,
    "signer_deputy" TEXT,
    "signer_title" TEXT NOT NULL,
    "signer_name" TEXT NOT NULL,
    "recipients_note" TEXT NOT NULL DEFAULT '',
    "return_comment" TEXT,
    "created_by_id" UUID,
    "proposed_by_id" UUID,
    "issued_by_id" UUID,
    "proposed_at" TIMESTAMPTZ(3),
    "issued_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "invitation_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation_batch_sessions" (
    "batch_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,

    CONSTRAINT "invitation_batch_sessions_pkey" PRIMARY KEY ("batch_id","session_id")
);

-- CreateTable
CREATE TABLE "invitees" (
    "id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "full_name" TEXT NOT NULL,
    "position" TEXT,
    "organization" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,

    CONSTRAINT "invitees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "invitee_id" UUID NOT NULL,
    "register_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "InvitationStatus" NOT NULL DEFAULT 'ISSUED',
    "snapshot" JSONB NOT NULL,
    "pdf_sha256" TEXT NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "revoke_reason" TEXT,
    "delivery_status" "DeliveryStatus" NOT NULL DEFAULT 'NOT_SENT',
    "delivery_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "opened_at" TIMESTAMPTZ(3),
    "response" "InvitationResponse" NOT NULL DEFAULT 'PENDING',
    "responded_at" TIMESTAMPTZ(3),
    "substitute_name" TEXT,
    "substitute_position" TEXT,
    "substitute_email" TEXT,
    "registration_id" UUID,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booths" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "venue_id" UUID,
    "code" TEXT NOT NULL,
    "category" "BoothCategory" NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "exhibitor_name" TEXT NOT NULL,
    "exhibitor_unit_id" UUID,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "website" TEXT,
    "products" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "description_en" TEXT,
    "x" INTEGER NOT NULL,
    "y" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "booths_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "booth_images" (
    "booth_id" UUID NOT NULL,
    "file_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "alt" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "booth_images_pkey" PRIMARY KEY ("booth_id","file_id")
);

-- CreateTable
CREATE TABLE "exhibitor_applications" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "organization_name" TEXT NOT NULL,
    "category" "BoothCategory" NOT NULL,
    "products" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "needs" TEXT NOT NULL DEFAULT '',
    "status" "ApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "organizer_message" TEXT,
    "booth_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "exhibitor_applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_files" (
    "id" UUID NOT NULL,
    "storage_key" TEXT NOT NULL,
    "original_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media_assets" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "kind" "MediaAssetKind" NOT NULL,
    "title" TEXT NOT NULL,
    "title_en" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "file_id" UUID,
    "url" TEXT,
    "is_published" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "media_assets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "press_accreditations" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "full_name" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "card_number" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "status" "AccreditationStatus" NOT NULL DEFAULT 'PENDING',
    "decision_note" TEXT,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "press_accreditations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "press_accreditation_sessions" (
    "accreditation_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,

    CONSTRAINT "press_accreditation_sessions_pkey" PRIMARY KEY ("accreditation_id","session_id")
);

-- CreateTable
CREATE TABLE "news_posts" (
    "id" UUID NOT NULL,
    "edition_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "title_en" TEXT,
    "body" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publish_at" TIMESTAMPTZ(3),
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "news_posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "disabled_at" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "rate_limit_windows" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "window_ends_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limit_windows_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip_address" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "editions_year_key" ON "editions"("year");

-- CreateIndex
CREATE UNIQUE INDEX "editions_slug_key" ON "editions"("slug");

-- CreateIndex
CREATE INDEX "edition_coordinating_units_unit_id_idx" ON "edition_coordinating_units"("unit_id");

-- CreateIndex
CREATE INDEX "edition_venues_venue_id_idx" ON "edition_venues"("venue_id");

-- CreateIndex
CREATE UNIQUE INDEX "units_name_key" ON "units"("name");

-- CreateIndex
CREATE UNIQUE INDEX "venues_slug_key" ON "venues"("slug");

-- CreateIndex
CREATE INDEX "sessions_edition_id_starts_at_idx" ON "sessions"("edition_id", "starts_at");

-- CreateIndex
CREATE INDEX "sessions_venue_id_starts_at_idx" ON "sessions"("venue_id", "starts_at");

-- CreateIndex
CREATE INDEX "sessions_lead_unit_id_idx" ON "sessions"("lead_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_edition_id_slug_key" ON "sessions"("edition_id", "slug");

-- CreateIndex
CREATE INDEX "session_coordinating_units_unit_id_idx" ON "session_coordinating_units"("unit_id");

-- CreateIndex
CREATE INDEX "session_speakers_speaker_id_idx" ON "session_speakers"("speaker_id");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_code_key" ON "registrations"("code");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_manage_token_hash_key" ON "registrations"("manage_token_hash");

-- CreateIndex
CREATE INDEX "registrations_edition_id_created_at_idx" ON "registrations"("edition_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "registrations_edition_id_email_key" ON "registrations"("edition_id", "email");

-- CreateIndex
CREATE INDEX "seats_session_id_status_queue_number_idx" ON "seats"("session_id", "status", "queue_number");

-- CreateIndex
CREATE UNIQUE INDEX "seats_registration_id_session_id_key" ON "seats"("registration_id", "session_id");

-- CreateIndex
CREATE INDEX "consents_registration_id_purpose_idx" ON "consents"("registration_id", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "check_ins_client_event_id_key" ON "check_ins"("client_event_id");

-- CreateIndex
CREATE INDEX "check_ins_session_id_checked_in_at_idx" ON "check_ins"("session_id", "checked_in_at");

-- CreateIndex
CREATE UNIQUE INDEX "check_ins_registration_id_session_id_key" ON "check_ins"("registration_id", "session_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_registers_symbol_key" ON "invitation_registers"("symbol");

-- CreateIndex
CREATE INDEX "invitation_batches_edition_id_status_idx" ON "invitation_batches"("edition_id", "status");

-- CreateIndex
CREATE INDEX "invitation_batch_sessions_session_id_idx" ON "invitation_batch_sessions"("session_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitees_batch_id_email_key" ON "invitees"("batch_id", "email");

-- CreateIndex
CREATE INDEX "invitations_batch_id_response_idx" ON "invitations"("batch_id", "response");

-- CreateIndex
CREATE INDEX "invitations_invitee_id_idx" ON "invitations"("invitee_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_register_id_year_number_key" ON "invitations"("register_id", "year", "number");

-- CreateIndex
CREATE INDEX "booths_edition_id_category_idx" ON "booths"("edition_id", "category");

-- CreateIndex
CREATE UNIQUE INDEX "booths_edition_id_code_key" ON "booths"("edition_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "exhibitor_applications_booth_id_key" ON "exhibitor_applications"("booth_id");

-- CreateIndex
CREATE INDEX "exhibitor_applications_edition_id_status_idx" ON "exhibitor_applications"("edition_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "stored_files_storage_key_key" ON "stored_files"("storage_key");

-- CreateIndex
CREATE INDEX "media_assets_edition_id_is_published_kind_idx" ON "media_assets"("edition_id", "is_published", "kind");

-- CreateIndex
CREATE INDEX "press_accreditations_edition_id_status_idx" ON "press_accreditations"("edition_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "press_accreditations_edition_id_email_key" ON "press_accreditations"("edition_id", "email");

-- CreateIndex
CREATE INDEX "news_posts_edition_id_status_publish_at_idx" ON "news_posts"("edition_id", "status", "publish_at");

-- CreateIndex
CREATE UNIQUE INDEX "news_posts_edition_id_slug_key" ON "news_posts"("edition_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "rate_limit_windows_window_ends_at_idx" ON "rate_limit_windows"("window_ends_at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_user_id_created_at_idx" ON "audit_log"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- AddForeignKey
ALTER TABLE "editions" ADD CONSTRAINT "editions_directing_unit_id_fkey" FOREIGN KEY ("directing_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editions" ADD CONSTRAINT "editions_lead_unit_id_fkey" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_coordinating_units" ADD CONSTRAINT "edition_coordinating_units_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_coordinating_units" ADD CONSTRAINT "edition_coordinating_units_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_venues" ADD CONSTRAINT "edition_venues_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_venues" ADD CONSTRAINT "edition_venues_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_lead_unit_id_fkey" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_coordinating_units" ADD CONSTRAINT "session_coordinating_units_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_coordinating_units" ADD CONSTRAINT "session_coordinating_units_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_photo_file_id_fkey" FOREIGN KEY ("photo_file_id") REFERENCES "stored_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_speakers" ADD CONSTRAINT "session_speakers_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_speakers" ADD CONSTRAINT "session_speakers_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seats" ADD CONSTRAINT "seats_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seats" ADD CONSTRAINT "seats_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consents" ADD CONSTRAINT "consents_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_registers" ADD CONSTRAINT "invitation_registers_issuer_unit_id_fkey" FOREIGN KEY ("issuer_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_number_counters" ADD CONSTRAINT "invitation_number_counters_register_id_fkey" FOREIGN KEY ("register_id") REFERENCES "invitation_registers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_register_id_fkey" FOREIGN KEY ("register_id") REFERENCES "invitation_registers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_batch_sessions" ADD CONSTRAINT "invitation_batch_sessions_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "invitation_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation_batch_sessions" ADD CONSTRAINT "invitation_batch_sessions_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitees" ADD CONSTRAINT "invitees_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "invitation_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "invitation_batches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invitee_id_fkey" FOREIGN KEY ("invitee_id") REFERENCES "invitees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_register_id_fkey" FOREIGN KEY ("register_id") REFERENCES "invitation_registers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booths" ADD CONSTRAINT "booths_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booths" ADD CONSTRAINT "booths_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booths" ADD CONSTRAINT "booths_exhibitor_unit_id_fkey" FOREIGN KEY ("exhibitor_unit_id") REFERENCES "units"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_images" ADD CONSTRAINT "booth_images_booth_id_fkey" FOREIGN KEY ("booth_id") REFERENCES "booths"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "booth_images" ADD CONSTRAINT "booth_images_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exhibitor_applications" ADD CONSTRAINT "exhibitor_applications_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exhibitor_applications" ADD CONSTRAINT "exhibitor_applications_booth_id_fkey" FOREIGN KEY ("booth_id") REFERENCES "booths"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_assets" ADD CONSTRAINT "media_assets_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media_assets" ADD CONSTRAINT "media_assets_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "press_accreditations" ADD CONSTRAINT "press_accreditations_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "press_accreditations" ADD CONSTRAINT "press_accreditations_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "press_accreditation_sessions" ADD CONSTRAINT "press_accreditation_sessions_accreditation_id_fkey" FOREIGN KEY ("accreditation_id") REFERENCES "press_accreditations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "press_accreditation_sessions" ADD CONSTRAINT "press_accreditation_sessions_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_posts" ADD CONSTRAINT "news_posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Back-office registration list (lib/registration/admin-search.ts). PostgreSQL keeps, per
-- registration, the normalised text the organisers search (name, organisation, e-mail, phone,
-- code: lower case, no diacritics) and the sort keys of the list, as generated columns: a search
-- page then rechecks and sorts stored values instead of running unaccent on every candidate row.
-- A trigram index finds the words anywhere; btree indexes serve the sort orders.
ALTER TABLE "registrations"
  ADD COLUMN "search_text" TEXT GENERATED ALWAYS AS (
    "search_document"("full_name", "organization", "email", "phone", "code")) STORED,
  ADD COLUMN "name_key" TEXT GENERATED ALWAYS AS ("search_normalize"("full_name")) STORED,
  ADD COLUMN "organization_key" TEXT GENERATED ALWAYS AS ("search_normalize"("organization")) STORED;

CREATE INDEX "registrations_search_trgm" ON "registrations" USING gin ("search_text" gin_trgm_ops);
CREATE INDEX "registrations_edition_name" ON "registrations" ("edition_id", "name_key", "id");
CREATE INDEX "registrations_edition_organization" ON "registrations" ("edition_id", "organization_key", "id");

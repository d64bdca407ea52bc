-- Agenda search: every word of a query may match a session's own text, its venue, its lead or
-- coordinating units or its speakers. One normalised "document" per row, built by one function so
-- that the trigram indexes and the queries use the very same expression.
-- array_to_string is only STABLE in general, but on text[] it is deterministic: IMMUTABLE is true here
-- and lets the expression be indexed. NULL parts (missing English fields) are skipped.
CREATE FUNCTION "search_document"(VARIADIC parts text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN "search_normalize"(array_to_string(parts, ' '));

CREATE INDEX "sessions_search_trgm" ON "sessions" USING gin (
  "search_document"("title", "title_en", "content", "content_en", "participants", "participants_en") gin_trgm_ops);
CREATE INDEX "venues_search_trgm" ON "venues" USING gin ("search_document"("name", "name_en") gin_trgm_ops);
CREATE INDEX "units_search_trgm" ON "units" USING gin ("search_document"("name", "name_en", "short_name") gin_trgm_ops);
CREATE INDEX "speakers_search_trgm" ON "speakers" USING gin ("search_document"("name") gin_trgm_ops);

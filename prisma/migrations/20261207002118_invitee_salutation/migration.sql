-- AlterTable
ALTER TABLE "invitees" ADD COLUMN     "salutation" TEXT;


-- Names typed with their salutation ("Ông Lê Văn Hùng") were printed as "Ông/Bà Ông Lê Văn Hùng":
-- the salutation moves to its own field and leaves the name; "Ông/Bà" typed in a name is dropped
-- (it is what an empty salutation prints).
UPDATE "invitees"
SET "salutation" = CASE
      WHEN "full_name" ~ '^(Ông|ông|ÔNG)\.?\s+' AND "full_name" !~ '^(Ông|ông|ÔNG)\s*/' THEN 'Ông'
      WHEN "full_name" ~ '^(Bà|bà|BÀ)\.?\s+' THEN 'Bà'
      ELSE NULL
    END,
    "full_name" = regexp_replace("full_name", '^((Ông|ông|ÔNG)\s*/\s*(Bà|bà|BÀ)|Ông|ông|ÔNG|Bà|bà|BÀ)\.?\s+', '')
WHERE "full_name" ~ '^((Ông|ông|ÔNG)\s*/\s*(Bà|bà|BÀ)|Ông|ông|ÔNG|Bà|bà|BÀ)\.?\s+\S';

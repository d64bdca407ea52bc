import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSchemas, readSchema } from "../../../scripts/prisma6";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// What the SQL migrations add on purpose beyond schema.prisma (which cannot express them).
const EXTRA_INDEXES = [
  "editions_single_current",
  "sessions_search_trgm",
  "venues_search_trgm",
  "units_search_trgm",
  "invitations_one_issued_per_invitee",
  "speakers_search_trgm",
  "registrations_search_trgm",
  "registrations_edition_name",
  "registrations_edition_organization",
];
const EXTRA_EXTENSIONS = ["unaccent", "pg_trgm"];
const EXTRA_FUNCTIONS = [
  "bump_session_sequence",
  "enforce_same_edition",
  "notify_mail_outbox",
  "register_delegate",
  "search_document",
  "search_normalize",
  "take_invited_seats",
  "take_seats",
];

type Snapshot = Awaited<ReturnType<typeof snapshotSchema>>;

async function snapshotSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
             character_maximum_length, numeric_precision, numeric_scale, datetime_precision
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`);
    const constraints = await client.query(`
      SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
        AND conrelid <> 0
      ORDER BY 1, 2`);
    const indexes = await client.query(`
      SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`);
    const enums = await client.query(`
      SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname ORDER BY t.typname`);
    const extensions = await client.query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`);
    const functions = await client.query(`
      SELECT p.proname FROM pg_proc p
      WHERE p.pronamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      ORDER BY 1`);
    return {
      columns: columns.rows,
      constraints: constraints.rows,
      indexes: indexes.rows,
      enums: enums.rows,
      extensions: extensions.rows.map((row) => row.extname as string),
      functions: functions.rows.map((row) => row.proname as string),
    };
  } finally {
    await client.end();
  }
}

function withoutDeliberateExtras(snapshot: Snapshot): Snapshot {
  return {
    ...snapshot,
    constraints: snapshot.constraints.filter((row) => row.contype !== "c"),
    indexes: snapshot.indexes.filter((row) => !EXTRA_INDEXES.includes(row.indexname)),
    extensions: snapshot.extensions.filter((name) => !EXTRA_EXTENSIONS.includes(name)),
    functions: snapshot.functions.filter((name) => !EXTRA_FUNCTIONS.includes(name)),
  };
}

describe("migrations", () => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    migrated = await createTestDatabase("migrated");
    fromSchema = await createTestDatabase("empty");
    const sql = diffSchemas({ to: readSchema(), databaseUrl: fromSchema.url });
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(sql);
    await client.end();
  });

  afterAll(async () => {
    await migrated?.drop();
    await fromSchema?.drop();
  });

  it("produce exactly the database that schema.prisma describes, plus the documented extras", async () => {
    const fromMigrations = await snapshotSchema(migrated.url);
    const fromPrismaSchema = await snapshotSchema(fromSchema.url);
    expect(fromPrismaSchema.columns.length).toBeGreaterThan(100);
    expect(withoutDeliberateExtras(fromMigrations)).toEqual(fromPrismaSchema);
  });

  it("add the database rules and search function that schema.prisma cannot express", async () => {
    const fromMigrations = await snapshotSchema(migrated.url);
    const checks = fromMigrations.constraints.filter((row) => row.contype === "c").map((row) => row.conname);
    expect(checks).toEqual(
      expect.arrayContaining([
        "sessions_ends_after_start",
        "sessions_seats_within_capacity",
        "editions_dates_ordered",
        "press_accreditations_pass_once_approved",
        "check_ins_one_holder",
        "seats_notice_due_has_kind",
        "session_materials_file_or_url",
        "session_feedback_rating_range",
        "check_ins_feedback_answered_after_invited",
      ]),
    );
    expect(fromMigrations.indexes.map((row) => row.indexname)).toEqual(expect.arrayContaining(EXTRA_INDEXES));
    expect(fromMigrations.extensions).toEqual(expect.arrayContaining(EXTRA_EXTENSIONS));
    expect(fromMigrations.functions).toEqual(EXTRA_FUNCTIONS);
  });
});

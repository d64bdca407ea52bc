import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "@/lib/uploads/storage";
import { storeUpload } from "@/lib/uploads/store";
import { BackupError, countRows, createBackup, restoreBackup } from "../../../scripts/backup";
import { makePng } from "../../fixtures/images";
import { delegateInput } from "../../fixtures/registration";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { ACTOR, DRAFT, invitee, sessionIds, useServerEnv } from "../invitations/helpers";

// A backup is only as good as its restore: the seeded database with a thousand registrations, an
// issued batch of invitations and uploaded pictures goes through pg_dump, tar and pg_restore into a
// fresh database and folder, and comes back identical.

const CHECKED_TABLES = ["registrations", "seats", "invitations", "invitation_number_counters", "audit_log"];
const REGISTRATIONS = 1_000;

let source: TestDatabase;
let target: TestDatabase;
let work: string;
let sourceUploads: string;

async function checksum(url: string, table: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sql = `SELECT md5(coalesce(string_agg(row_text, E'\\n' ORDER BY row_text), '')) AS sum FROM (SELECT t::text AS row_text FROM public.${pg.escapeIdentifier(table)} t) rows`;
    return String((await client.query(sql)).rows[0].sum);
  } finally {
    await client.end();
  }
}

async function fileDigests(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const digests: Record<string, string> = {};
  for (const entry of entries.filter((item) => item.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    digests[path.relative(folder, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return digests;
}

async function fillSource() {
  const { registerDelegate } = await import("@/lib/registration/delegate-store");
  const sessions = ["hoi-thao-chuyen-doi-so-du-lich", "le-khai-mac"];
  for (let n = 0; n < REGISTRATIONS; n++) {
    await registerDelegate(source.db, { year: 2025, input: delegateInput(n, sessions), noticeVersion: "thong-bao-2025-09" });
  }
  const store = await import("@/lib/invitations/store");
  const { id } = await store.createBatch(source.db, { ...DRAFT, sessionIds: await sessionIds(source.db, ["le-khai-mac"]) }, ACTOR);
  await store.addInvitees(source.db, id, [invitee(1), invitee(2), invitee(3)], ACTOR);
  await store.proposeBatch(source.db, id, ACTOR);
  await store.issueBatch(source.db, id, ACTOR, new Date("2025-09-05T02:00:00Z"));
  const storage = new LocalDiskStorage(sourceUploads);
  for (const [width, height] of [[640, 480], [1200, 800]]) {
    const stored = await storeUpload(source.db, storage, { name: "ảnh gian hàng Quảng Ngãi.png", bytes: await makePng(width!, height!) }, "PHOTO");
    expect(stored.ok).toBe(true);
  }
}

beforeAll(async () => {
  source = await createTestDatabase("seeded");
  target = await createTestDatabase("empty");
  useServerEnv(source.url);
  work = await mkdtemp(path.join(tmpdir(), "qn-backup-"));
  sourceUploads = path.join(work, "uploads-source");
  await fillSource();
}, 300_000);

afterAll(async () => {
  await source?.drop();
  await target?.drop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("backing up and restoring the portal", () => {
  it("restores the database and the uploaded files identically into an empty database", async () => {
    const archive = path.join(work, "portal.tar");
    const manifest = await createBackup({ url: source.url, uploadsDir: sourceUploads, out: archive });
    expect(manifest.rowCounts.registrations).toBe(REGISTRATIONS);
    expect(manifest.uploads).toBe(true);

    const restoredUploads = path.join(work, "uploads-restored");
    const report = await restoreBackup({
      file: archive,
      url: target.url,
      uploadsDir: restoredUploads,
      force: false,
      expectedMigrations: manifest.migrations,
    });
    expect(report.mismatches).toEqual([]);
    expect(await countRows(target.url)).toEqual(await countRows(source.url));
    for (const table of CHECKED_TABLES) expect(await checksum(target.url, table), table).toBe(await checksum(source.url, table));
    const digests = await fileDigests(restoredUploads);
    expect(Object.keys(digests).length).toBeGreaterThanOrEqual(2);
    expect(digests).toEqual(await fileDigests(sourceUploads));
  }, 180_000);

  it("refuses to restore over a database that holds data, and says how to force it", async () => {
    const archive = path.join(work, "again.tar");
    await createBackup({ url: source.url, uploadsDir: null, out: archive });
    const attempt = restoreBackup({ file: archive, url: source.url, uploadsDir: null, force: false, expectedMigrations: [] });
    await expect(attempt).rejects.toBeInstanceOf(BackupError);
    await expect(attempt).rejects.toThrow(/not empty.*--force/);
  }, 120_000);
});

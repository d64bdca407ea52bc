import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Database } from "../../lib/db-client";
import type { RegistrationFilters } from "../../lib/registration/admin-filters";
import { Prisma } from "../../lib/generated/prisma/client";
import { registrationWhere, searchRegistrationsIn } from "../../lib/registration/admin-search-queries";
import { prepareDatabase } from "../../scripts/prepare-database";
import { findFreePort } from "../setup/free-port";

// Speed goal: a page of the back-office registration list (count + one page of rows, as
// the page asks for them) answers with p95 ≤ 200 ms on an edition of 100,000 registrations, for
// searches and filters an organiser would use. Seeds a fresh embedded PostgreSQL with the seed data
// plus 100,000 delegates with Vietnamese names, one or two seats each and a fifth checked in.
//
//   node --conditions=react-server --import tsx tests/bench/registration-list.bench.ts
//   (react-server: the list module is marked server-only, as it is in the app)

const REGISTRATIONS = 100_000;
const RUNS = 30;
const GOAL_P95_MS = 200;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Thu", "Xuân"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến"];
const ORGANISATIONS = ["Sở Khoa học và Công nghệ", "Sở Tài chính", "UBND xã Măng Đen", "Trường Đại học Phạm Văn Đồng", "Công ty Cổ phần Đường Quảng Ngãi", "Tỉnh đoàn Quảng Ngãi", "Báo Quảng Ngãi", "Hợp tác xã Nông nghiệp Tư Nghĩa", "Viện Nghiên cứu Biển", "Công ty TNHH Phần mềm Sơn Trà"];

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(",")}]`;

/** 100,000 registrations in a few set-based statements; codes QN25-<n in base 31> stay unique and valid. */
async function seedRegistrations(db: Database, editionId: string) {
  await db.$executeRawUnsafe(`
    INSERT INTO registrations (id, edition_id, code, full_name, position, organization, "group", email, phone, province, created_at, updated_at)
    SELECT gen_random_uuid(), '${editionId}'::uuid,
      'QN25-' || lpad(translate(to_hex(n), '0123456789abcdef', '23456789ABCDEFGH'), 6, '2'),
      (${sqlArray(FAMILY)})[1 + n % ${FAMILY.length}] || ' ' || (${sqlArray(MIDDLE)})[1 + (n / 7) % ${MIDDLE.length}] || ' ' || (${sqlArray(GIVEN)})[1 + (n / 3) % ${GIVEN.length}],
      'Chuyên viên',
      (${sqlArray(ORGANISATIONS)})[1 + (n / 11) % ${ORGANISATIONS.length}],
      (ARRAY['GOVERNMENT','ENTERPRISE','ACADEMIA','PRESS','YOUTH_UNION','OTHER']::"DelegateGroup"[])[1 + n % 6],
      'dai-bieu-' || n || '@bench.example.vn',
      '+849' || lpad(n::text, 8, '0'),
      CASE WHEN n % 4 = 0 THEN 'Đà Nẵng' ELSE 'Quảng Ngãi' END,
      timestamptz '2025-08-01 08:00+07' + (n * interval '40 seconds'), now()
    FROM generate_series(1, ${REGISTRATIONS}) AS n`);
  await db.$executeRawUnsafe(`
    WITH numbered AS (SELECT id, row_number() OVER (ORDER BY created_at) AS n FROM registrations WHERE edition_id = '${editionId}'::uuid),
    sessions_of AS (SELECT array_agg(id ORDER BY starts_at) AS ids FROM sessions WHERE edition_id = '${editionId}'::uuid)
    INSERT INTO seats (id, registration_id, session_id, status, confirmed_at)
    SELECT gen_random_uuid(), numbered.id, ids[1 + (numbered.n + k) % array_length(ids, 1)],
      CASE WHEN numbered.n % 10 = 0 THEN 'WAITLISTED'::"SeatStatus" ELSE 'CONFIRMED'::"SeatStatus" END,
      CASE WHEN numbered.n % 10 = 0 THEN NULL ELSE now() END
    FROM numbered, sessions_of, generate_series(0, (numbered.n % 2)::int) AS k`);
  await db.$executeRawUnsafe(`
    INSERT INTO check_ins (id, registration_id, session_id, checked_in_at)
    SELECT gen_random_uuid(), registration_id, session_id, now() FROM seats
    WHERE status = 'CONFIRMED' AND ('x' || substr(md5(id::text), 1, 2))::bit(8)::int < 51`);
  await db.$executeRawUnsafe("ANALYZE");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function measure(db: Database, editionId: string, filters: RegistrationFilters) {
  await searchRegistrationsIn(db, editionId, filters);
  const latencies: number[] = [];
  let total = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    total = (await searchRegistrationsIn(db, editionId, filters)).total;
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  return { total, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** `--explain`: the plan of each case's count, the statement that reads every matching row. */
async function explainCount(db: Database, editionId: string, filters: RegistrationFilters) {
  const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM registrations r ${registrationWhere(editionId, filters)}`,
  );
  console.log(plan.map((line) => line["QUERY PLAN"]).join("\n"));
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-list-bench-"));
  const database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: () => {} });
  const db = createPrismaClient(database.url);
  try {
    const edition = await db.edition.findFirstOrThrow({ where: { isCurrent: true }, select: { id: true } });
    const started = performance.now();
    await seedRegistrations(db, edition.id);
    console.log(`seeded ${REGISTRATIONS.toLocaleString("en")} registrations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const session = await db.session.findFirstOrThrow({ where: { editionId: edition.id, seats: { some: {} } }, select: { id: true } });
    const cases: [string, RegistrationFilters][] = [
      ["no filter, newest first", {}],
      ["no filter, page 200", { page: 200 }],
      ['search "nguyen van duc"', { q: "nguyen van duc" }],
      ['search "nguyen" (a third of all names)', { q: "nguyen" }],
      ['search "pham van dong" sorted by name', { q: "pham van dong", sort: "name" }],
      ["search a phone number as typed", { q: "0900 012 345" }],
      ["search a registration code", { q: "QN25-2223H3" }],
      ["session + not checked in", { session: session.id, checkedIn: "no" }],
      ["group + wait list, sorted by organisation", { group: "ACADEMIA", seat: "WAITLISTED", sort: "organization" }],
      ["date range + checked in, page 3", { from: "2025-08-10", to: "2025-08-20", checkedIn: "yes", page: 3 }],
    ];
    let worst = 0;
    for (const [name, filters] of cases) {
      const result = await measure(db, edition.id, filters);
      worst = Math.max(worst, result.p95);
      if (process.argv.includes("--explain")) await explainCount(db, edition.id, filters);
      console.log(`${name.padEnd(44)} ${String(result.total).padStart(7)} rows  p50 ${result.p50.toFixed(1).padStart(6)} ms  p95 ${result.p95.toFixed(1).padStart(6)} ms`);
    }
    console.log(`worst p95 ${worst.toFixed(1)} ms (goal ≤ ${GOAL_P95_MS} ms): ${worst <= GOAL_P95_MS ? "met" : "MISSED"}`);
    if (worst > GOAL_P95_MS) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { prepareDatabase } from "../../scripts/prepare-database";
import type { RunningDatabase } from "../../scripts/embedded-postgres";
import { serveArgs } from "../../scripts/serve-command";
import { waitForServer } from "../../scripts/wait-for-server";
import { findFreePort } from "../setup/free-port";
import { startSmtpSink, type SmtpSink } from "../setup/smtp-sink";
import { fillLoginForm } from "./support/admin-users";
import { expect, test } from "./support/test";

// The day after a session, as the delegate lives it: the server's survey sweep finds the delegate who
// checked in, the survey e-mail reaches the mailbox, its link opens the survey, the answer is thanked
// and the organisers see it counted. On a server of its own whose clock is that next morning (the
// shared end-to-end server stands a week before the Week), with its own database and SMTP relay.

const SLUG = "le-khai-mac";
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

let dataDir: string;
let database: RunningDatabase;
let sink: SmtpSink;
let server: ChildProcess | undefined;
let baseUrl: string;

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** 09:00 in Quảng Ngãi on the day after the session ends. */
async function morningAfterSession(): Promise<string> {
  const [row] = await query<{ at: Date }>(
    `SELECT (date_trunc('day', s.ends_at AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '1 day 9 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at
     FROM sessions s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.slug = $1`,
    [SLUG],
  );
  return row!.at.toISOString();
}

/** A delegate registered for the session and checked in at its door, not yet sent a survey. */
async function checkedInDelegate(email: string): Promise<void> {
  const code = `QN25-${randomBytes(4).toString("hex").slice(0, 5).toUpperCase().replace(/[01IOL]/g, "7")}`;
  await query(
    `WITH r AS (
       INSERT INTO registrations (id, edition_id, code, "group", full_name, email, updated_at)
       SELECT gen_random_uuid(), e.id, $1, 'GOVERNMENT', 'Phạm Thị Hoa', $2, now() FROM editions e WHERE e.year = 2025
       RETURNING id)
     INSERT INTO check_ins (id, registration_id, session_id)
     SELECT gen_random_uuid(), r.id, s.id FROM r, sessions s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.slug = $3`,
    [code, email, SLUG],
  );
}

async function createOrganiser(): Promise<{ email: string; password: string }> {
  const suffix = randomBytes(4).toString("hex");
  const organiser = { email: `e2e.organizer.${suffix}@sokhcn.gov.vn`, password: `mua thu Quang Ngai ${suffix}` };
  await query(
    `INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES ($1, $2, $3, $4, 'ORGANIZER'::"Role", now())`,
    [randomUUID(), organiser.email, `Cán bộ Tổ chức ${suffix}`, await hashPassword(organiser.password)],
  );
  return organiser;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.skip(test.info().project.name !== "desktop", "one survey journey is enough");
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-survey-"));
  database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: () => {} });
  sink = await startSmtpSink();
  const port = await findFreePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    ...sink.env,
    NODE_ENV: "production" as const,
    PORT: String(port),
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: baseUrl,
    TRUST_PROXY: "0",
    UPLOADS_DIR: path.join(dataDir, "uploads"),
    PORTAL_CLOCK: await morningAfterSession(),
  };
  server = spawn(process.execPath, serveArgs(env), { cwd: ROOT, env, stdio: "ignore" });
});

test.afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await sink?.close();
  await database?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("the morning after a session, a delegate who checked in answers the survey from the e-mail's link once and the organisers see it", async ({ page }) => {
  test.setTimeout(180_000);
  const email = `khao-sat-${randomUUID().slice(0, 8)}@example.vn`;
  // Checked in before the server starts: its first sweep, at start, finds the delegate.
  await checkedInDelegate(email);
  await waitForServer(`${baseUrl}/api/health`, server!);

  const survey = await sink.waitFor(email, 60_000);
  expect(survey.parsed.subject).toContain("Xin ý kiến của Quý đại biểu");
  const link = (survey.parsed.text ?? "").match(/https?:\/\/\S+\/y-kien\/\S+/)?.[0];
  expect(link, "the survey e-mail carries its link").toBeTruthy();
  expect(link!.startsWith(`${baseUrl}/y-kien/`)).toBe(true);

  await page.goto(link!);
  await page.getByRole("radio", { name: "5" }).check();
  await page.getByLabel("Nhận xét, góp ý (không bắt buộc)").fill("Khai mạc trang trọng, đúng giờ.");
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByRole("status")).toHaveText("Trân trọng cảm ơn Quý đại biểu đã gửi ý kiến.", { timeout: 15_000 });
  // The same link again: the answer is kept, a second one cannot be sent.
  await page.goto(link!);
  await expect(page.getByRole("status")).toHaveText("Quý đại biểu đã gửi ý kiến về hoạt động này. Trân trọng cảm ơn.");
  await expect(page.getByRole("button", { name: "Gửi ý kiến" })).toHaveCount(0);

  const organiser = await createOrganiser();
  await page.goto(`${baseUrl}/admin/login`);
  await fillLoginForm(page, organiser.email, organiser.password);
  await page.goto(`${baseUrl}/admin/feedback`);
  const panel = page.getByRole("region", { name: /Lễ khai mạc/ });
  await expect(panel).toContainText("Khai mạc trang trọng, đúng giờ.");
  expect(sink.messages.filter((message) => message.to.includes(email))).toHaveLength(1);
});

import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
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

// The day after a session, the server's own sweep (lib/feedback/due.ts, started by instrumentation.ts)
// mails each delegate who checked in a survey; the delegate answers from the e-mail's link and the
// organisers see the answer counted. The shared e2e server's clock stays on 12/09/2025, before any
// session ended, so this runs a server of its own whose clock is the morning after the opening
// ceremony, with its own database and SMTP relay.

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

const email = `khao-sat-${randomUUID().slice(0, 8)}@example.vn`;
const organiser = { email: `btc.khao-sat.${randomUUID().slice(0, 8)}@sokhcn.gov.vn`, password: `mua thu Quang Ngai ${randomUUID().slice(0, 6)}` };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.skip(test.info().project.name !== "desktop", "one survey journey is enough");
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-survey-"));
  database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: () => {} });
  // A delegate who checked in to the opening ceremony, and the morning after it in Quảng Ngãi.
  const [morningAfter] = await query<{ clock: string }>(
    `SELECT to_char((ends_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 1, 'YYYY-MM-DD') || 'T08:00:00+07:00' AS clock FROM sessions WHERE slug = $1`,
    [SLUG],
  );
  await query(
    `WITH r AS (
       INSERT INTO registrations (id, edition_id, code, "group", full_name, email, updated_at)
       SELECT gen_random_uuid(), e.id, 'QN25-KSAT7', 'GOVERNMENT', 'Lê Văn Khảo', $1, now() FROM editions e WHERE e.year = 2025
       RETURNING id)
     INSERT INTO check_ins (id, registration_id, session_id, checked_in_at)
     SELECT gen_random_uuid(), r.id, s.id, s.starts_at FROM r, sessions s WHERE s.slug = $2`,
    [email, SLUG],
  );
  await query(`INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES (gen_random_uuid(), $1, 'Ban Tổ chức khảo sát', $2, 'ORGANIZER', now())`, [
    organiser.email,
    await hashPassword(organiser.password),
  ]);
  sink = await startSmtpSink();
  const port = await findFreePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...sink.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: baseUrl,
    PORTAL_CLOCK: morningAfter!.clock,
    TRUST_PROXY: "0",
    UPLOADS_DIR: path.join(dataDir, "uploads"),
  };
  const started = spawn(process.execPath, serveArgs(serverEnv), { cwd: ROOT, env: serverEnv, stdio: "ignore" });
  server = started;
  await waitForServer(`${baseUrl}/api/health`, started);
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

test("the day after a session a delegate gets the survey by e-mail, answers it, and the organisers see it counted", async ({ page }) => {
  test.setTimeout(120_000);
  // The sweep runs when the server starts, then every quarter of an hour.
  const mail = await sink.waitFor(email, 60_000);
  expect(mail.parsed.subject).toContain("Xin ý kiến của Quý đại biểu");
  const link = (mail.parsed.text ?? "").match(/https?:\/\/\S+\/y-kien\/[^\s>)]+/)?.[0];
  expect(link, "the survey link in the e-mail").toBeTruthy();
  expect(link!.startsWith(baseUrl)).toBe(true);

  await page.goto(link!);
  await page.getByRole("radio", { name: "5" }).check();
  await page.getByLabel("Nhận xét, góp ý (không bắt buộc)").fill("Khai mạc trang trọng, đúng giờ.");
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByRole("status")).toHaveText("Trân trọng cảm ơn Quý đại biểu đã gửi ý kiến.", { timeout: 15_000 });

  await page.goto(`${baseUrl}/admin/login`);
  await fillLoginForm(page, organiser.email, organiser.password);
  await page.goto(`${baseUrl}/admin/feedback`);
  const panel = page.getByRole("region", { name: /^Lễ khai mạc \(/ });
  await expect(panel.getByRole("definition").first()).toHaveText("1");
  await expect(panel).toContainText("Khai mạc trang trọng, đúng giờ.");
});

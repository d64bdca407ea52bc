import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { fillLoginForm } from "./support/admin-users";
import { prepareOwnServer, type OwnServer } from "./support/own-server";
import { expect, test } from "./support/test";

// The day after a session, as the delegate lives it: the server's survey sweep finds the delegate who
// checked in, the survey e-mail reaches the mailbox, its link opens the survey, the answer is thanked
// and the organisers see it counted. On a server of its own whose clock is that next morning (the
// shared end-to-end server stands a week before the Week), with its own database and SMTP relay.

const SLUG = "le-khai-mac";
let own: OwnServer;

/** 09:00 in Quảng Ngãi on the day after the session ends. */
async function morningAfterSession(query: OwnServer["query"]): Promise<string> {
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
  await own.query(
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
  await own.query(
    `INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES ($1, $2, $3, $4, 'ORGANIZER'::"Role", now())`,
    [randomUUID(), organiser.email, `Cán bộ Tổ chức ${suffix}`, await hashPassword(organiser.password)],
  );
  return organiser;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.skip(test.info().project.name !== "desktop", "one survey journey is enough");
  test.setTimeout(180_000);
  own = await prepareOwnServer("survey", async (query) => ({ PORTAL_CLOCK: await morningAfterSession(query) }));
});

test.afterAll(async () => {
  await own?.stop();
});

test("the morning after a session, a delegate who checked in answers the survey from the e-mail's link once and the organisers see it", async ({ page }) => {
  test.setTimeout(180_000);
  const email = `khao-sat-${randomUUID().slice(0, 8)}@example.vn`;
  // Checked in before the server starts: its first sweep, at start, finds the delegate.
  await checkedInDelegate(email);
  await own.start();

  const survey = await own.sink.waitFor(email, { timeoutMs: 60_000 });
  expect(survey.parsed.subject).toContain("Xin ý kiến của Quý đại biểu");
  const link = (survey.parsed.text ?? "").match(/https?:\/\/\S+\/y-kien\/\S+/)?.[0];
  expect(link, "the survey e-mail carries its link").toBeTruthy();
  expect(link!.startsWith(`${own.baseUrl}/y-kien/`)).toBe(true);

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
  await page.goto(`${own.baseUrl}/admin/login`);
  await fillLoginForm(page, organiser.email, organiser.password);
  await page.goto(`${own.baseUrl}/admin/feedback`);
  const panel = page.getByRole("region", { name: /Lễ khai mạc/ });
  await expect(panel).toContainText("Khai mạc trang trọng, đúng giờ.");
  expect(own.sink.messages.filter((message) => message.to.includes(email))).toHaveLength(1);
});

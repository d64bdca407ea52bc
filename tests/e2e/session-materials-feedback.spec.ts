import { randomUUID } from "node:crypto";
import pg from "pg";
import { signTicket } from "../../lib/tickets/token";
import { createTestUser, querySessionId, signIn, useOwnClientAddress } from "./support/admin-users";
import { expect, test } from "./support/test";

// After a session: an organiser publishes its slides, which the session page and the JSON feed show;
// a delegate who checked in answers the survey once, however many times the link is opened (the link
// followed from the e-mail itself: feedback-survey-mail.spec.ts). Runs once, on desktop: both journeys
// write to the shared database.

const SLUG = "le-khai-mac";

async function invitedCheckIn(): Promise<{ checkInId: string; email: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const email = `y-kien-${randomUUID().slice(0, 8)}@example.vn`;
    const code = `QN25-${Array.from({ length: 5 }, () => "23456789ABCDEFGHJKMNPQRSTUVWXYZ"[Math.floor(Math.random() * 31)]).join("")}`;
    const { rows } = await client.query<{ id: string }>(
      `WITH r AS (
         INSERT INTO registrations (id, edition_id, code, "group", full_name, email, updated_at)
         SELECT gen_random_uuid(), e.id, $1, 'GOVERNMENT', 'Trần Thị Bình', $2, now() FROM editions e WHERE e.year = 2025
         RETURNING id)
       INSERT INTO check_ins (id, registration_id, session_id, feedback_invited_at)
       SELECT gen_random_uuid(), r.id, s.id, now() FROM r, sessions s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.slug = $3
       RETURNING id::text`,
      [code, email, SLUG],
    );
    return { checkInId: rows[0]!.id, email };
  } finally {
    await client.end();
  }
}

test.describe("after a session", () => {
  test("an organiser publishes the slides; the session page and the JSON feed list them", async ({ page, context }) => {
    test.skip(test.info().project.name !== "desktop", "one upload journey is enough");
    test.slow();
    await useOwnClientAddress(context);
    await signIn(page, await createTestUser("ORGANIZER"));
    await page.goto(`/admin/sessions/${await querySessionId(SLUG)}`);
    const materials = page.getByRole("region", { name: "Tài liệu" });
    const title = `Bài trình bày khai mạc ${Date.now()}`;
    await materials.getByLabel("Loại tài liệu").selectOption("SLIDES");
    await materials.getByLabel("Tiêu đề", { exact: true }).fill(title);
    await materials.getByLabel("Tệp PDF").setInputFiles({ name: "khai-mac.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nslides\n%%EOF") });
    await materials.getByRole("button", { name: "Đăng tài liệu" }).click();
    await expect(materials.getByRole("status")).toHaveText("Đã đăng tài liệu.", { timeout: 20_000 });

    await expect(async () => {
      await page.goto(`/sessions/${SLUG}`);
      const section = page.getByRole("region", { name: "Tài liệu" });
      await expect(section.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
      await expect(section).toContainText("Bài trình bày · PDF");
    }).toPass({ timeout: 20_000 });

    await expect(async () => {
      const sessions = (await (await page.request.get("/api/v1/editions/2025/sessions")).json()) as { slug: string; materials: { kind: string; title: string; type: string | null }[] }[];
      expect(sessions.find((session) => session.slug === SLUG)?.materials).toContainEqual(expect.objectContaining({ kind: "SLIDES", title, type: "application/pdf" }));
    }).toPass({ timeout: 20_000 });
  });

  test("a delegate answers the survey once; a second answer from the same link is refused", async ({ page, context, baseURL }) => {
    test.skip(test.info().project.name !== "desktop", "one survey journey is enough");
    test.slow();
    const { checkInId } = await invitedCheckIn();
    const token = signTicket({ kind: "F", subject: checkInId, year: 2025 }, process.env.TICKET_SIGNING_SECRET!);
    // The link the survey e-mail carries (lib/feedback/link.ts).
    const link = `${baseURL}/y-kien/${token}`;

    // The same link opened twice, as when a delegate clicks it in two mail clients.
    const second = await context.newPage();
    await page.goto(link);
    await second.goto(link);
    await page.getByRole("radio", { name: "4" }).check();
    await page.getByLabel("Nhận xét, góp ý (không bắt buộc)").fill("Tổ chức chu đáo, đúng giờ.");
    await page.getByRole("button", { name: "Gửi ý kiến" }).click();
    await expect(page.getByRole("status")).toHaveText("Trân trọng cảm ơn Quý đại biểu đã gửi ý kiến.", { timeout: 15_000 });

    await second.getByRole("radio", { name: "1" }).check();
    await second.getByRole("button", { name: "Gửi ý kiến" }).click();
    await expect(second.getByRole("alert").filter({ hasText: "mỗi đại biểu gửi một lần" })).toBeVisible({ timeout: 15_000 });

    await page.goto(link);
    await expect(page.getByRole("status")).toHaveText("Quý đại biểu đã gửi ý kiến về hoạt động này. Trân trọng cảm ơn.");
    await expect(page.getByRole("button", { name: "Gửi ý kiến" })).toHaveCount(0);
  });
});

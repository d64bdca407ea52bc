import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { waitForMail } from "./outbox";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";

// A journalist applies for accreditation and, once approved, receives the press pass and opens the
// full-resolution media; an organiser's announcement with a script and a javascript: link renders inert.
// Both write to the shared database: walked once, on desktop.

test.beforeEach(async () => {
  test.skip(test.info().project.name !== "desktop", "one write journey is enough");
  test.slow();
});

test("a journalist applies, an organiser approves, and the press pass e-mail opens the media", async ({ page, context }) => {
  await useOwnClientAddress(context);
  const email = `phong.vien.${Date.now()}@baoqn.example.vn`;
  await page.goto("/bao-chi/dang-ky");
  await page.getByRole("textbox", { name: /^Họ và tên \(bắt buộc\)$/ }).fill("Phạm Thu Hà");
  await page.getByRole("textbox", { name: /^Cơ quan báo chí \(bắt buộc\)$/ }).fill("Báo Quảng Ngãi");
  await page.getByRole("textbox", { name: /^Số thẻ nhà báo \(bắt buộc\)$/ }).fill("BC-01234/2025");
  await page.getByRole("textbox", { name: /^E-mail \(bắt buộc\)$/ }).fill(email);
  await page.getByRole("textbox", { name: /^Điện thoại \(bắt buộc\)$/ }).fill("0905 123 456");
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  // Without the consent nothing is stored, and what was typed stays; focus lands on the list of problems.
  const summary = page.getByRole("alert").filter({ hasText: "Đăng ký chưa hợp lệ" });
  await expect(summary).toBeFocused({ timeout: 15_000 });
  await expect(summary.getByRole("link", { name: /^Vui lòng đồng ý để Ban Tổ chức xử lý dữ liệu/ })).toHaveAttribute("href", "#press-consent");
  await expect(page.getByRole("textbox", { name: /^Cơ quan báo chí \(bắt buộc\)$/ })).toHaveValue("Báo Quảng Ngãi");
  await expect(page.getByRole("checkbox").first()).toBeChecked();
  await page.getByLabel(/Tôi đồng ý/).check();
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(page.getByRole("heading", { name: "Đã nhận đăng ký tác nghiệp" })).toBeVisible({ timeout: 15_000 });

  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto("/admin/press");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: "Duyệt và gửi thẻ" }).click();
  await expect(row).toContainText("Đã duyệt", { timeout: 15_000 });

  // The press desk's spreadsheet carries the approved journalist with the pass code, phone as typed.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("phong-vien-2025.csv");
  const lines = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(lines[0]).toBe("Mã thẻ tác nghiệp,Họ và tên,Cơ quan báo chí,Số thẻ nhà báo,E-mail,Điện thoại,Trạng thái,Hoạt động đưa tin,Check-in,Gửi đăng ký lúc,Xét duyệt lúc");
  expect(lines.find((line) => line.includes(email))).toMatch(
    new RegExp(`^BC25-[2-9A-Z]{5},Phạm Thu Hà,Báo Quảng Ngãi,BC-01234/2025,${email.replace(/\./g, "\\.")},0905 123 456,Đã duyệt,`),
  );

  // First the acknowledgement of the application, then the pass.
  expect((await waitForMail(email)).subject).toMatch(/^Đã nhận đăng ký tác nghiệp – /);
  const mail = await waitForMail(email, { count: 2 });
  expect(mail.subject).toMatch(/^Thẻ tác nghiệp BC25-[2-9A-Z]{5} – /);
  expect(mail.attachments.some((attachment) => attachment.contentType === "image/png")).toBe(true);
  const link = /https?:\/\/\S+\/bao-chi\/tu-lieu\?t=\S+/.exec(mail.text ?? "")?.[0];
  expect(link).toBeTruthy();
  const url = new URL(link!);
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByRole("heading", { name: "Tư liệu độ phân giải đầy đủ" })).toBeVisible();
  await expect(page.getByText("Phạm Thu Hà (Báo Quảng Ngãi)", { exact: false })).toBeVisible();
});

test("an announcement with a script tag and a javascript: link renders inert, and the RSS feed carries it", async ({
  page,
  context,
}) => {
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  const slug = `thong-bao-${Date.now()}`;
  await page.goto("/admin/news/new");
  await page.getByLabel("Tiêu đề", { exact: true }).fill("Thông báo thử nghiệm");
  await page.getByLabel("Đường dẫn").fill(slug);
  await page
    .getByLabel("Nội dung (Markdown)")
    .fill("**Chào mừng** <script>window.__hacked = true</script>\n\n[Bấm vào đây](javascript:window.__hacked=true)");
  await page.getByLabel("Công bố", { exact: true }).check();
  await page.getByRole("button", { name: "Lưu tin" }).click();
  await expect(page.getByRole("status")).toContainText("Đã lưu tin.", { timeout: 15_000 });

  await page.goto(`/tin-tuc/${slug}`);
  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText("Thông báo thử nghiệm");
  await expect(article.locator("strong")).toHaveText("Chào mừng");
  await expect(article).toContainText("<script>window.__hacked = true</script>");
  await expect(article.locator("script")).toHaveCount(0);
  await expect(article.locator('a[href^="javascript"]')).toHaveCount(0);
  await article.getByText("Bấm vào đây").click();
  expect(await page.evaluate(() => (window as unknown as { __hacked?: boolean }).__hacked)).toBeUndefined();

  const rss = await page.request.get("/api/v1/news/rss.xml");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  expect(await rss.text()).toContain(`/tin-tuc/${slug}</link>`);
});

import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";
import { waitForMail } from "./outbox";
import { registerDelegate, uniqueLetters } from "./support/delegates";
import { insertPublishedSession } from "./support/sessions";

// An organiser finds a delegate in the back office without typing accents, corrects their details
// and sees the change in the registration's history.

const SESSION = "le-khai-mac";

test("an organiser cancels a registration; the session page and the form, both static, show the seat free again", async ({ page, context, request }) => {
  await useOwnClientAddress(context);
  // A session of its own (40 seats), so that no other test moves its count.
  const own = await insertPublishedSession({ startsAt: "2025-09-24T08:00:00+07:00", endsAt: "2025-09-24T11:00:00+07:00" });
  try {
    const delegate = await registerDelegate(request, { fullName: `Trần Thị Mai ${uniqueLetters()}`, sessions: [own.slug] });
    const publicPage = await context.newPage();
    const formSeats = () => publicPage.getByRole("checkbox", { name: own.title }).locator("xpath=ancestor::label").getByText(/^Còn \d+ chỗ$/);
    // Opened once the seat is taken: these are the copies the page cache holds.
    await publicPage.goto(`/sessions/${own.slug}`);
    await expect(publicPage.getByText("Còn 39 chỗ", { exact: true })).toBeVisible();
    await publicPage.goto("/register");
    await expect(formSeats()).toHaveText("Còn 39 chỗ");

    await signIn(page, await createTestUser("ORGANIZER"));
    await page.goto(`/admin/registrations?q=${delegate.code}`);
    await page.getByRole("row").filter({ hasText: delegate.code }).getByRole("link", { name: delegate.fullName }).click();
    // On a phone the page keeps to the screen: its wide tables scroll inside their panels.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.locator("summary", { hasText: "Hủy đăng ký" }).click();
    await page.getByRole("button", { name: "Xác nhận hủy đăng ký" }).click();
    // The cancel form leaves with the registration's seats; the page now says when it was cancelled.
    await expect(page.getByText(/^Đăng ký đã hủy ngày \d{2}\/\d{2}\/\d{4}\.$/)).toBeVisible();

    await expect(async () => {
      await publicPage.goto(`/sessions/${own.slug}`);
      await expect(publicPage.getByText("Còn 40 chỗ", { exact: true })).toBeVisible({ timeout: 1_000 });
      await publicPage.goto("/register");
      await expect(formSeats()).toHaveText("Còn 40 chỗ", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  } finally {
    await own.remove();
  }
});

test("an organiser finds “Nguyễn Văn Đức” by typing “nguyen van duc”, corrects the position and sees it audited", async ({ page, context, request }) => {
  await useOwnClientAddress(context);
  const surname = uniqueLetters();
  const delegate = await registerDelegate(request, { fullName: `Nguyễn Văn Đức ${surname}`, sessions: [SESSION] });
  await signIn(page, await createTestUser("ORGANIZER"));

  await page.goto("/admin/registrations");
  await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill(`nguyen van duc ${surname.toUpperCase()}`);
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(page.getByText("1 đăng ký")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: delegate.code });
  await expect(row).toContainText("Lễ khai mạc");
  await row.getByRole("link", { name: delegate.fullName }).click();

  await expect(page.getByRole("heading", { level: 1, name: delegate.fullName })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sự đồng ý" })).toContainText("Xử lý đăng ký");
  await page.getByLabel("Chức vụ").fill("Phó Giám đốc Sở");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu thông tin đại biểu.");
  await page.reload();
  await expect(page.getByLabel("Chức vụ")).toHaveValue("Phó Giám đốc Sở");
  await expect(page.getByRole("row").filter({ hasText: "Sửa thông tin đại biểu" })).toBeVisible();
  // Opening a delegate's details is itself recorded: the record of processing lists who looked.
  await expect(page.getByRole("row").filter({ hasText: "Xem chi tiết đại biểu" }).first()).toBeVisible();

  // The confirmation goes again on request, and its panel says when it left.
  const confirmation = page.getByRole("region", { name: "Thư xác nhận" });
  await confirmation.getByRole("button", { name: "Gửi lại thư xác nhận" }).click();
  await expect(confirmation.getByRole("status")).toHaveText("Đã gửi lại thư xác nhận.");
  // Queued with the request; the outbox worker sends it a moment later and records when.
  await expect(async () => {
    await page.reload();
    await expect(confirmation).toContainText(/Thư xác nhận đã được chuyển đi lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("row").filter({ hasText: "Gửi lại thư xác nhận" })).toBeVisible();

  // A mistyped address, corrected by the organiser: the confirmation goes to the new one.
  const corrected = `dung-dia-chi-${surname.toLowerCase()}@example.vn`;
  await page.getByLabel("E-mail", { exact: true }).fill(corrected);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByRole("region", { name: "Thông tin đại biểu" }).getByRole("status")).toHaveText(
    "Đã lưu thông tin đại biểu; thư xác nhận được gửi tới địa chỉ mới.",
  );
  expect((await waitForMail(corrected)).subject).toBe(
    `Xác nhận đăng ký ${delegate.code} – Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025`,
  );
});

test("the CSV of a filtered list opens with its Vietnamese intact (BOM) and holds exactly the filtered delegates; the session prints a sign-in sheet and badges", async ({ page, context, request }) => {
  test.skip(test.info().project.name !== "desktop", "downloads do not depend on the screen");
  await useOwnClientAddress(context);
  const surname = uniqueLetters();
  const duc = await registerDelegate(request, { fullName: `Nguyễn Văn Đức ${surname}`, sessions: [SESSION] });
  await registerDelegate(request, { fullName: `Trần Thị Hồng ${surname}`, sessions: [SESSION] });
  await signIn(page, await createTestUser("ORGANIZER"));

  await page.goto(`/admin/registrations?q=${encodeURIComponent(`duc ${surname}`)}`);
  await expect(page.getByText("1 đăng ký")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("dang-ky-2025.csv");
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^Mã đăng ký,Họ và tên,Chức vụ,Đơn vị,/);
  expect(lines[1]).toContain(`${duc.code},Nguyễn Văn Đức ${surname},`);

  const sessionId = await page.locator("#session option", { hasText: "Lễ khai mạc" }).getAttribute("value");
  await page.goto(`/admin/registrations?session=${sessionId}`);
  const sheet = await page.request.get(await page.getByRole("link", { name: "In danh sách ký tên" }).getAttribute("href") ?? "");
  expect(sheet.headers()["content-type"]).toBe("application/pdf");
  expect((await sheet.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const badges = await page.request.get((await page.getByRole("link", { name: "In thẻ đại biểu (A6)" }).getAttribute("href")) ?? "");
  expect(badges.headers()["content-type"]).toBe("application/pdf");
});

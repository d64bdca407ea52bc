import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";

// An organiser puts a new session on the programme: the form with its pickers, the warning about the
// hall already taken, publication, and the public agenda showing it at once (no rebuild).

const LEAD = "Sở Khoa học và Công nghệ";
// No unit whose name says "du lịch": while this session is published, the agenda spec searches "hoi thao du lich".
const COORDINATING = ["Sở Công Thương", "Sở Nông nghiệp và Môi trường"];

test("an organiser creates a session with a lead and two coordinating units, publishes it and finds it on the agenda", async ({
  page,
  context,
}) => {
  test.skip(test.info().project.name !== "desktop", "one journey through the admin form is enough");
  // A long journey: sign-in, a full form, publication, the public agenda, clean-up.
  test.slow();
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  const title = `Phiên giới thiệu nền tảng blockchain ${randomBytes(3).toString("hex")}`;

  await page.goto("/admin/sessions");
  await page.getByRole("link", { name: "Thêm hoạt động" }).click();
  await page.getByLabel("Loại hình").selectOption({ label: "Hội thảo chuyên đề" });
  await page.getByLabel("Tên hoạt động (tiếng Việt)").fill(title);
  await page.getByLabel("Ngày bắt đầu").fill("25/09/2025");
  await page.getByLabel("Giờ bắt đầu").fill("14:30");
  await page.getByLabel("Ngày kết thúc").fill("25/09/2025");
  await page.getByLabel("Giờ kết thúc").fill("15:30");
  // The filter boxes ignore accents: "trung tam hoi nghi" narrows the venues to the conference centre.
  await page.getByRole("searchbox", { name: "Lọc: Địa điểm" }).fill("trung tam hoi nghi");
  await page.getByLabel("Địa điểm", { exact: true }).selectOption({ label: "Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi (1000 chỗ)" });
  await page.getByRole("searchbox", { name: "Lọc: Đơn vị chủ trì" }).fill("khoa hoc cong nghe");
  await page.getByLabel("Đơn vị chủ trì", { exact: true }).selectOption({ label: `${LEAD} (Sở KH&CN)` });
  const coordinating = page.getByRole("group", { name: /^Đơn vị phối hợp/ });
  await page.getByRole("searchbox", { name: "Lọc: Đơn vị phối hợp" }).fill("so cong thuong");
  await coordinating.getByLabel(COORDINATING[0]!, { exact: true }).check();
  await page.getByRole("searchbox", { name: "Lọc: Đơn vị phối hợp" }).fill("NONG NGHIEP VA MOI TRUONG");
  await coordinating.getByLabel(`${COORDINATING[1]} (Sở NN&MT)`, { exact: true }).check();
  await expect(coordinating.getByText("(Đã chọn 2)")).toBeVisible();
  await page.getByRole("button", { name: "Tạo hoạt động" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Đã tạo hoạt động (bản nháp)");
  const warnings = page.getByRole("region", { name: "Cần kiểm tra lại" });
  await expect(warnings).toContainText("Trùng địa điểm");
  await expect(warnings.getByRole("link", { name: "Lễ khai mạc" })).toBeVisible();

  await page.getByRole("button", { name: "Công bố" }).click();
  await expect(page.getByRole("status")).toContainText("Đã công bố");

  // Other journeys read the agenda meanwhile: a render of theirs that began before the publication may
  // store the older page, which the portal expires again seconds later (lib/http/public-pages.ts).
  const day = page.getByRole("region", { name: "Thứ Năm, 25/09/2025" });
  await expect(async () => {
    await page.goto("/agenda");
    await expect(day.getByRole("heading", { level: 4, name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await day.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  for (const unit of [LEAD, ...COORDINATING]) await expect(page.getByRole("main").getByText(unit).first()).toBeVisible();

  // Leave the shared programme as the other journeys expect it.
  await page.goBack();
  await page.goto("/admin/sessions?edition=2025&q=blockchain");
  await page.getByRole("link", { name: title }).click();
  await page.getByText("Xóa hoạt động").click();
  await page.getByRole("button", { name: "Xác nhận xóa" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã xóa hoạt động.");
});

test("an edit of a published session that clashes with another is shown with its warning before anything changes publicly", async ({
  page,
  context,
}) => {
  test.skip(test.info().project.name !== "desktop", "one journey through the admin form is enough");
  test.slow();
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  const title = `Phiên thử bản nháp thay đổi ${randomBytes(3).toString("hex")}`;

  // Published on the Week's last evening, when the main hall is free.
  await page.goto("/admin/sessions/new");
  await page.getByLabel("Loại hình").selectOption({ label: "Hội thảo chuyên đề" });
  await page.getByLabel("Tên hoạt động (tiếng Việt)").fill(title);
  await page.getByLabel("Ngày bắt đầu").fill("26/09/2025");
  await page.getByLabel("Giờ bắt đầu").fill("19:00");
  await page.getByLabel("Ngày kết thúc").fill("26/09/2025");
  await page.getByLabel("Giờ kết thúc").fill("20:00");
  await page.getByLabel("Địa điểm", { exact: true }).selectOption({ label: "Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi (1000 chỗ)" });
  await page.getByLabel("Đơn vị chủ trì", { exact: true }).selectOption({ label: `${LEAD} (Sở KH&CN)` });
  await page.getByRole("button", { name: "Tạo hoạt động" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Cần kiểm tra lại" })).toHaveCount(0);
  await page.getByRole("button", { name: "Công bố" }).click();
  await expect(page.getByRole("status")).toContainText("Đã công bố");
  const editUrl = page.url().replace(/\?.*$/, "");
  const publicUrl = (await page.getByRole("link", { name: "Xem trên trang công khai" }).getAttribute("href"))!;

  // Moved onto the opening ceremony's hour, "published at once": it is kept as a draft with its warning.
  await page.getByLabel("Ngày bắt đầu").fill("25/09/2025");
  await page.getByLabel("Giờ bắt đầu").fill("14:30");
  await page.getByLabel("Ngày kết thúc").fill("25/09/2025");
  await page.getByLabel("Giờ kết thúc").fill("15:30");
  await page.getByRole("button", { name: "Lưu và công bố ngay (sửa nhỏ)" }).click();
  // Server Actions take longer than five seconds on a busy machine.
  await expect(page.getByRole("status")).toContainText("được lưu thành bản nháp, chưa công bố", { timeout: 30_000 });
  const draft = page.getByRole("region", { name: "Bản nháp thay đổi (chưa công bố)" });
  const warnings = draft.getByRole("region", { name: "Cảnh báo của bản nháp" });
  await expect(warnings).toContainText("Trùng địa điểm");
  await expect(warnings.getByRole("link", { name: "Lễ khai mạc" })).toBeVisible();
  await expect(draft.getByRole("definition").filter({ hasText: "26/09/2025 19:00 → 25/09/2025 14:30" })).toBeVisible();

  // The public page still shows the published time.
  await page.goto(publicUrl);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("26/09/2025 19:00");
  await expect(page.getByRole("main")).not.toContainText("25/09/2025 14:30");

  // Published in one step, the public page changes.
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Công bố thay đổi" }).click();
  await expect(page.getByRole("status")).toContainText("Đã công bố thay đổi", { timeout: 30_000 });
  await expect(page.getByRole("region", { name: "Bản nháp thay đổi (chưa công bố)" })).toHaveCount(0);
  await expect(async () => {
    await page.goto(publicUrl);
    await expect(page.getByRole("main")).toContainText("25/09/2025 14:30", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  await page.goto(editUrl);
  await page.getByText("Xóa hoạt động").click();
  await page.getByRole("button", { name: "Xác nhận xóa" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã xóa hoạt động.");
});

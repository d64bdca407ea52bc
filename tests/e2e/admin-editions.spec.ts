import { expect, test } from "./support/test";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";

// An organiser opens the 2025 edition to change its dates: the form shows the saved values, refuses an
// end before the start and dates that would push sessions out of the Week (naming them), keeps what was
// typed, and saves. The saved values are the seeded ones, so the public pages other specs read are unchanged.

test("an organiser edits the 2025 edition: dates checked against its sessions, errors in Vietnamese, then saved", async ({ page, context }) => {
  test.skip(test.info().project.name !== "desktop", "one journey through the admin form is enough");
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto("/admin/editions");
  await page.getByRole("link", { name: "Sửa kỳ 2025" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sửa kỳ Tuần lễ 2025");
  const startsOn = page.getByLabel("Ngày bắt đầu");
  const endsOn = page.getByLabel("Ngày kết thúc");
  await expect(startsOn).toHaveValue("19/09/2025");
  await expect(endsOn).toHaveValue("26/09/2025");

  await endsOn.fill("18/09/2025");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Ngày kết thúc không được trước ngày bắt đầu.")).toBeVisible();
  await expect(endsOn).toHaveValue("18/09/2025");

  // The opening ceremony is on 25/09 and the closing on 26/09: ending on 24/09 would drop them.
  await endsOn.fill("24/09/2025");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  // The sessions are listed once, at the top of the form; each date points there.
  await expect(page.getByRole("alert").filter({ hasText: /hoạt động sẽ nằm ngoài khoảng ngày mới: .*Lễ khai mạc/ })).toHaveCount(1);
  await expect(page.getByText(/Lễ khai mạc/)).toHaveCount(1);
  await expect(endsOn).toHaveAttribute("aria-invalid", "true");
  await expect(endsOn).toHaveAccessibleDescription(/^\d+ hoạt động nằm ngoài khoảng ngày này \(xem danh sách ở đầu biểu mẫu\)\.$/);

  await endsOn.fill("26/09/2025");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page).toHaveURL(/\/admin\/editions\?done=updated$/);
  await expect(page.getByText("Đã lưu kỳ Tuần lễ; trang công khai đã được cập nhật.")).toBeVisible();
});

// A copy made by mistake (wrong year) is deleted with its draft programme; the published 2025 edition
// only explains why it cannot be. The copy is a draft, so no public page or other spec ever sees it.
test("an organiser deletes a draft copied by mistake; a published edition says why it cannot be deleted", async ({ page, context }) => {
  test.skip(test.info().project.name !== "desktop", "one journey through the admin form is enough");
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto("/admin/editions/2025/edit");
  await expect(page.getByText("Kỳ này đã công bố nên không thể xóa; sau khi diễn ra, hãy lưu trữ.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Xóa/ })).toHaveCount(0);

  await page.goto("/admin/editions/copy");
  await page.getByLabel("Năm", { exact: true }).fill("2045");
  await page.getByLabel(/Ngày bắt đầu/).fill("15/09/2045");
  await page.getByRole("button", { name: "Sao chép" }).click();
  await expect(page).toHaveURL(/\/admin\/editions\?done=copied$/);

  await page.getByRole("link", { name: "Sửa kỳ 2045" }).click();
  const deletion = page.getByRole("region", { name: "Xóa kỳ Tuần lễ" });
  await deletion.locator("summary", { hasText: "Xóa kỳ 2045" }).click();
  await expect(deletion.getByText(/^Xóa kỳ 2045 cùng \d+ hoạt động nháp của kỳ\? Không thể hoàn tác\.$/)).toBeVisible();
  await deletion.getByRole("button", { name: "Xóa vĩnh viễn kỳ 2045" }).click();
  await expect(page).toHaveURL(/\/admin\/editions\?done=deleted$/);
  await expect(page.getByRole("status")).toHaveText("Đã xóa kỳ Tuần lễ.");
  await expect(page.getByRole("link", { name: "Sửa kỳ 2045" })).toHaveCount(0);
});

// The organisers publish their desks: the footer of every page, the press page and the booth
// application page show them at once, phone numbers the Vietnamese way and tappable. The desks are
// removed again at the end, so the public pages other specs read are unchanged.
test("an organiser publishes the contacts of the edition and visitors find them where they look", async ({ page, context }) => {
  test.skip(test.info().project.name !== "desktop", "one journey through the admin form is enough");
  test.slow();
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto("/admin/editions/2025/edit");
  const general = page.getByRole("group", { name: "Liên hệ chung" });
  const press = page.getByRole("group", { name: "Liên hệ báo chí" });
  const exhibition = page.getByRole("group", { name: "Liên hệ triển lãm" });

  await general.getByLabel("Điện thoại").fill("0255 38");
  await press.getByLabel("E-mail").fill("baochi@skhcn.quangngai.gov.vn");
  await page.getByRole("button", { name: "Lưu liên hệ" }).click();
  const contactsForm = page.getByRole("region", { name: "Liên hệ Ban Tổ chức" });
  await expect(contactsForm.getByRole("alert")).toHaveText("Vui lòng sửa các mục được đánh dấu bên dưới.");
  await expect(general.getByLabel("Điện thoại")).toHaveAccessibleDescription(/^Số điện thoại không hợp lệ/);
  await expect(press.getByLabel("Bộ phận hoặc cán bộ liên hệ")).toHaveAccessibleDescription(/Nhập tên bộ phận hoặc cán bộ liên hệ/);
  await expect(press.getByLabel("E-mail")).toHaveValue("baochi@skhcn.quangngai.gov.vn");

  await general.getByLabel("Bộ phận hoặc cán bộ liên hệ").fill("Văn phòng Sở Khoa học và Công nghệ");
  await general.getByLabel("Điện thoại").fill("0255 3822 111");
  await general.getByLabel("E-mail").fill("skhcn@quangngai.gov.vn");
  await press.getByLabel("Bộ phận hoặc cán bộ liên hệ").fill("Bộ phận báo chí, Ban Tổ chức");
  await press.getByLabel("Điện thoại").fill("+84 905-123-456");
  await exhibition.getByLabel("Bộ phận hoặc cán bộ liên hệ").fill("Phòng Quản lý Công nghệ");
  await exhibition.getByLabel("E-mail").fill("trienlam@skhcn.quangngai.gov.vn");
  await page.getByRole("button", { name: "Lưu liên hệ" }).click();
  await expect(contactsForm.getByRole("status")).toHaveText(/Đã lưu thông tin liên hệ/);

  try {
    await page.goto("/agenda");
    const footer = page.getByRole("contentinfo");
    await expect(footer).toContainText("Văn phòng Sở Khoa học và Công nghệ");
    await expect(footer.getByRole("link", { name: "0255 3822 111" })).toHaveAttribute("href", "tel:+842553822111");
    await expect(footer.getByRole("link", { name: "skhcn@quangngai.gov.vn" })).toHaveAttribute("href", "mailto:skhcn@quangngai.gov.vn");

    await page.goto("/bao-chi");
    const desk = page.getByRole("region", { name: "Đăng ký tác nghiệp" });
    await expect(desk).toContainText("Bộ phận báo chí, Ban Tổ chức");
    await expect(desk.getByRole("link", { name: "0905 123 456" })).toBeVisible();
    await desk.getByRole("link", { name: "Đăng ký tác nghiệp" }).click();
    await expect(page).toHaveURL(/\/bao-chi\/dang-ky$/);

    await page.goto("/exhibition/apply");
    await expect(page.getByRole("complementary", { name: "Liên hệ về triển lãm" })).toContainText("trienlam@skhcn.quangngai.gov.vn");

    await page.goto("/en/agenda");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "0255 3822 111" })).toBeVisible();
  } finally {
    await page.goto("/admin/editions/2025/edit");
    for (const desk of [general, press, exhibition]) {
      for (const field of ["Bộ phận hoặc cán bộ liên hệ", "Điện thoại", "E-mail"]) await desk.getByLabel(field).fill("");
    }
    await page.getByRole("button", { name: "Lưu liên hệ" }).click();
    await expect(page.getByRole("region", { name: "Liên hệ Ban Tổ chức" }).getByRole("status")).toHaveText(/Đã lưu thông tin liên hệ/);
  }
});

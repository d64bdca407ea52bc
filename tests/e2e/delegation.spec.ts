import { expect as baseExpect, test } from "./support/test";
import { manageLinkOf, waitForMail } from "./outbox";
import { insertPublishedSession, type InsertedSession } from "./support/sessions";

// A department's secretary registers a delegation of three on a 390 px phone in one submission;
// each member receives their own ticket, the secretary the delegation's link.

const expect = baseExpect.configure({ timeout: 20_000 });

const CLIENT_HEADERS = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
test.use({ extraHTTPHeaders: CLIENT_HEADERS });

let inserted: InsertedSession | undefined;
test.afterAll(async () => {
  await inserted?.remove();
});

const MEMBERS = [
  { name: "Lê Văn Thành", position: "Trưởng phòng" },
  { name: "Võ Thị Mai Anh", position: "Chuyên viên" },
  { name: "Huỳnh Quốc Bảo", position: "Phó Giám đốc" },
];

test.describe("delegation registration", () => {
  test.describe.configure({ timeout: 120_000 });

  test("on a 390 px phone a delegation of three registers in one submission and each member receives a ticket", async ({ page }) => {
    // One project is enough: the journey is the phone's, and the seats it takes stay predictable.
    test.skip(test.info().project.name !== "phone", "the phone project runs this journey");
    await page.setViewportSize({ width: 390, height: 844 });
    // A session of its own: the delegation's three seats move no count another spec checks exactly.
    const session = (inserted = await insertPublishedSession({ startsAt: "2025-09-22T14:00:00+07:00", endsAt: "2025-09-22T16:00:00+07:00" }));
    const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const registrantEmail = `van-thu-${stamp}@example.vn`;
    const emails = MEMBERS.map((_, row) => `doan-${stamp}-${row}@example.vn`);

    await page.goto("/register");
    await page.getByRole("link", { name: "Đăng ký theo đoàn" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Đăng ký theo đoàn" })).toBeVisible();

    await page.getByLabel(/^Họ và tên người đăng ký/).fill("Trần Thị Thư Ký");
    await page.getByLabel(/^E-mail người đăng ký/).fill(registrantEmail);
    await page.getByLabel(/^Điện thoại người đăng ký/).fill("0905 000 111");
    await page.getByLabel(/^Cơ quan, đơn vị công tác/).fill("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
    await page.getByLabel(/^Tỉnh, thành phố/).selectOption("Quảng Ngãi");
    await page.getByRole("button", { name: "Thêm thành viên" }).click();
    for (const [row, member] of MEMBERS.entries()) {
      const fields = page.getByRole("group", { name: `Thành viên ${row + 1}` });
      await fields.getByLabel(/^Họ và tên/).fill(member.name);
      await fields.getByLabel(/^Chức vụ/).fill(member.position);
      await fields.getByLabel(/^Nhóm đại biểu/).selectOption({ label: "Cơ quan nhà nước" });
      await fields.getByLabel(/^Địa chỉ e-mail/).fill(emails[row]!);
      await fields.getByLabel(/^Số điện thoại/).fill("0905 123 456");
    }
    await page.getByRole("checkbox", { name: session.title }).check();
    await expect(page.getByRole("radio", { name: /^Cả đoàn hoặc không ai/ })).toBeChecked();
    await page.getByLabel(/^Tôi xác nhận đã thông báo cho từng thành viên/).check();
    // Nothing on the form is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("button", { name: "Đăng ký cả đoàn" }).click();

    await expect(page).toHaveURL(/\/my-delegation\/[\w-]{43}\?registered=1$/);
    await expect(page.getByRole("status")).toContainText("Đoàn đã được đăng ký");
    for (const member of MEMBERS) {
      await expect(page.getByRole("article", { name: member.name })).toContainText("Đã có chỗ");
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    for (const [row, member] of MEMBERS.entries()) {
      const mail = await waitForMail(emails[row]!);
      expect(mail.subject).toContain("Xác nhận đăng ký");
      expect(mail.text).toContain(`Kính gửi Ông/Bà ${member.name}`);
      expect(mail.text).toContain("được Trần Thị Thư Ký (Sở Khoa học và Công nghệ tỉnh Quảng Ngãi) đăng ký");
      expect(mail.attachments.some((attachment) => attachment.contentType === "image/png")).toBe(true);
      // The member's own link opens their ticket.
      await page.goto(new URL(manageLinkOf(mail)).pathname);
      await expect(page.getByText(member.name).first()).toBeVisible();
    }
    const registrantMail = await waitForMail(registrantEmail);
    const link = /https?:\/\/\S+\/my-delegation\/[\w-]+/.exec(registrantMail.text ?? "")?.[0];
    expect(link).toBeTruthy();
    await page.goto(new URL(link!).pathname);
    await expect(page.getByRole("article")).toHaveCount(3);
  });
});

import { expect, test } from "./support/test";
import { countMailTo, manageLinkOf, waitForMail } from "./outbox";
import { registerDelegate, uniqueLetters } from "./support/delegates";

// A delegate who lost the manage link asks for it by address alone; the page answers the same for
// every address, so it tells nobody who is registered.

test.use({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` } });

async function askForLink(page: import("@playwright/test").Page, email: string): Promise<string> {
  await page.goto("/my-registration/send-link");
  await expect(page.getByRole("heading", { level: 1, name: "Nhận lại đường dẫn quản lý đăng ký" })).toBeVisible();
  await page.getByLabel("Địa chỉ e-mail").fill(email);
  await page.getByRole("button", { name: "Gửi lại đường dẫn cho tôi" }).click();
  const answer = page.getByRole("main").getByRole("status");
  await expect(answer).toContainText(email);
  return (await answer.textContent())!.replace(email, "<address>");
}

test("a delegate gets the manage link again by e-mail address alone, and a stranger's address learns nothing", async ({
  page,
  request,
}) => {
  const delegate = await registerDelegate(request, { fullName: `Lê Thị ${uniqueLetters()}`, sessions: ["le-khai-mac"] });
  await waitForMail(delegate.email);

  const registeredAnswer = await askForLink(page, delegate.email);
  const resent = await waitForMail(delegate.email, { count: 2 });
  const link = manageLinkOf(resent);
  // The link the delegate already had, computed again: asking for it never makes an earlier one stop working.
  expect(link).toBe(delegate.manageUrl);
  await page.goto(link);
  await expect(page.getByTestId("registration-code")).toHaveText(delegate.code);

  const stranger = `chua-dang-ky-${uniqueLetters()}@example.vn`;
  expect(await askForLink(page, stranger)).toBe(registeredAnswer);
  await page.waitForTimeout(1_500);
  expect(await countMailTo(stranger)).toBe(0);
});

test("the form asks for a valid address in Vietnamese and keeps what was typed", async ({ page }) => {
  await page.goto("/my-registration/send-link");
  await page.getByLabel("Địa chỉ e-mail").fill("khong-phai-email");
  await page.getByRole("button", { name: "Gửi lại đường dẫn cho tôi" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Vui lòng kiểm tra lại địa chỉ e-mail.");
  await expect(page.getByText("Địa chỉ e-mail không hợp lệ, ví dụ: ten@donvi.gov.vn.")).toBeVisible();
  await expect(page.getByLabel("Địa chỉ e-mail")).toHaveValue("khong-phai-email");
});

test("the lost-link page is reachable from the registration form and from a dead manage link", async ({ page }) => {
  await page.goto("/register");
  await page.getByRole("link", { name: "Nhận lại đường dẫn quản lý" }).click();
  await expect(page).toHaveURL(/\/my-registration\/send-link$/);
  await page.goto(`/my-registration/${"x".repeat(43)}`);
  await page.getByRole("link", { name: "Gửi lại đường dẫn cho tôi" }).click();
  await expect(page).toHaveURL(/\/my-registration\/send-link$/);
});

test("on a 390 px phone a delegate corrects their name and changes their address through the link mailed to the new one", async ({ page, request }) => {
  // Two submissions, two e-mails and five page loads: more than the default 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const delegate = await registerDelegate(request, { fullName: `Lê Thị ${uniqueLetters()}`, sessions: ["le-khai-mac"] });
  await waitForMail(delegate.email);
  const managePath = new URL(delegate.manageUrl).pathname;
  await page.goto(managePath);

  const correction = page.getByRole("form", { name: "Sửa thông tin của Quý đại biểu" });
  const corrected = `Lê Thị Thu ${uniqueLetters()}`;
  await correction.getByLabel(/^Họ và tên/).fill(corrected);
  await correction.getByRole("button", { name: "Lưu thông tin" }).click();
  await expect(correction.getByRole("status")).toHaveText("Đã lưu thông tin của Quý đại biểu.");
  await page.reload();
  await expect(page.getByRole("definition").filter({ hasText: corrected })).toBeVisible();

  const newEmail = `moi-${uniqueLetters()}-${Date.now()}@example.vn`;
  const change = page.getByRole("form", { name: "Đổi địa chỉ e-mail" });
  await change.getByLabel(/^Địa chỉ e-mail mới/).fill(newEmail);
  await change.getByRole("button", { name: "Gửi thư xác nhận" }).click();
  await expect(change.getByRole("status")).toContainText(`đã gửi thư xác nhận đến ${newEmail}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Until the new address confirms, the registration keeps the old one.
  await page.reload();
  await expect(page.getByRole("definition").filter({ hasText: delegate.email })).toBeVisible();

  const mail = await waitForMail(newEmail);
  const link = /https?:\/\/\S+\/my-registration\/confirm-email\?t=[\w.-]+/.exec(mail.text ?? "")?.[0];
  expect(link, mail.text).toBeTruthy();
  const url = new URL(link!);
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByText(`để dùng ${newEmail} làm địa chỉ e-mail đăng ký`)).toBeVisible();
  await page.getByRole("button", { name: "Xác nhận đổi địa chỉ" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("đã được đổi");

  await page.goto(managePath);
  await expect(page.getByRole("definition").filter({ hasText: newEmail })).toBeVisible();
  const notice = await waitForMail(delegate.email, { count: 2 });
  expect(notice.subject).toContain("đã được đổi");
  expect(notice.text).toContain(newEmail);
});

import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type APIRequestContext, type Page, newGuardedContext } from "./support/test";
import { manageLinkOf, waitForMail } from "./outbox";
import { SEAT_COUNTED_SESSIONS } from "./support/sessions";

// A submission runs a Server Action, writes to PostgreSQL and renders the next page: on a busy
// two-core machine that takes longer than the default five seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

// The delegate's journey: register through the form, receive the e-mail, manage the registration
// through its link. Each Playwright project registers for its own pair of sessions (SEAT_COUNTED_SESSIONS).

const SESSIONS_BY_PROJECT = SEAT_COUNTED_SESSIONS;

// The form shares the API's per-IP budget; one documentation address per worker keeps these tests
// out of the bucket of every other request made from this machine.
const CLIENT_HEADERS = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
test.use({ extraHTTPHeaders: CLIENT_HEADERS });

function projectSessions(): readonly [string, string] {
  return SESSIONS_BY_PROJECT[test.info().project.name as keyof typeof SESSIONS_BY_PROJECT];
}

type PublicSession = { slug: string; title: string; seatsLeft: number | null };

async function publicSessions(request: APIRequestContext): Promise<PublicSession[]> {
  const response = await request.get("/api/v1/editions/2025/sessions");
  expect(response.status()).toBe(200);
  return (await response.json()) as PublicSession[];
}

async function seatsLeft(request: APIRequestContext, slug: string): Promise<number> {
  const session = (await publicSessions(request)).find((candidate) => candidate.slug === slug);
  expect(session?.seatsLeft).toEqual(expect.any(Number));
  return session!.seatsLeft!;
}

/** A session page's "register" link: the form, its session ticked once the page is interactive. */
async function openFormFor(page: Page, slug: string) {
  await page.goto(`/register?session=${slug}`);
  await expect(page.locator(`input[name="sessions"][value="${slug}"]`)).toBeChecked();
}

function uniqueEmail(label: string): string {
  return `${label}-${test.info().project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.vn`;
}

async function fillDelegate(page: Page, email: string, { name = "Phạm Thị Hồng Nhung" } = {}) {
  await page.getByLabel("Họ và tên").fill(name);
  await page.getByLabel("Chức vụ").fill("Phó Trưởng phòng");
  await page.getByLabel("Cơ quan, đơn vị công tác").fill("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
  await page.getByLabel("Nhóm đại biểu").selectOption({ label: "Cơ quan nhà nước" });
  await page.getByLabel("Địa chỉ e-mail").fill(email);
  await page.getByLabel("Số điện thoại").fill("0905 123 456");
  await page.getByLabel("Tỉnh, thành phố").selectOption("Quảng Ngãi");
}

test.describe("delegate registration", () => {
  test.describe.configure({ timeout: 90_000 });

  test("a delegate registers for two sessions, opens the e-mailed link and drops one; the seat count follows", async ({
    page,
    request,
  }) => {
    const [kept, dropped] = projectSessions();
    const titles = Object.fromEntries((await publicSessions(request)).map((session) => [session.slug, session.title]));
    const before = await seatsLeft(request, dropped);
    const email = uniqueEmail("nhung");
    // The session page is static: open it first, so that a stale copy would be in the page cache.
    const sessionPage = await page.context().newPage();
    await sessionPage.goto(`/sessions/${dropped}`);
    await expect(sessionPage.getByText(/^Còn \d+ chỗ$/)).toBeVisible();

    await page.goto(`/register?session=${kept}`);
    await expect(page.getByRole("heading", { level: 1, name: "Đăng ký tham dự" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: titles[kept] })).toBeChecked();
    await fillDelegate(page, email);
    await page.getByRole("checkbox", { name: titles[dropped] }).check();
    await page.getByLabel(/Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân/).check();
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();

    await expect(page.getByText("Đăng ký thành công")).toBeVisible();
    const code = (await page.getByTestId("registration-code").textContent())!.trim();
    expect(code).toMatch(/^QN25-[0-9A-Z]{5}$/);
    const sessions = page.getByRole("region", { name: "Các phiên đã đăng ký" });
    await expect(sessions.getByText("Đã xác nhận chỗ")).toHaveCount(2);
    expect(await seatsLeft(request, dropped)).toBe(before - 1);
    // Other tests of this project register at the same time: compare the pages with the live count. The
    // form is static too, and was opened above before the seat was taken.
    await expect
      .poll(async () => {
        await sessionPage.reload();
        return (await sessionPage.getByText(/^Còn \d+ chỗ$/).textContent()) === `Còn ${await seatsLeft(request, dropped)} chỗ`;
      })
      .toBe(true);
    await sessionPage.goto("/register");
    await expect
      .poll(async () => {
        await sessionPage.reload();
        const seats = sessionPage.getByRole("checkbox", { name: titles[dropped] }).locator("xpath=ancestor::label").getByText(/^Còn \d+ chỗ$/);
        return (await seats.textContent()) === `Còn ${await seatsLeft(request, dropped)} chỗ`;
      })
      .toBe(true);
    await sessionPage.close();

    const mail = await waitForMail(email);
    expect(mail.subject).toContain(`Xác nhận đăng ký ${code}`);
    await page.goto(manageLinkOf(mail));
    await expect(page.getByTestId("registration-code")).toHaveText(code);
    await expect(page.getByRole("img", { name: `Mã QR của vé ${code}` })).toBeVisible();

    // Dropping asks first: the link changes nothing until the question under the seat is answered.
    await sessions.getByRole("link", { name: `Bỏ phiên: ${titles[dropped]}` }).click();
    const question = sessions.getByRole("alertdialog");
    await expect(question).toContainText(`Ông/Bà có chắc chắn muốn bỏ phiên “${titles[dropped]}”?`);
    expect(await seatsLeft(request, dropped)).toBe(before - 1);
    await question.getByRole("link", { name: "Không, giữ phiên này" }).click();
    await expect(sessions.getByRole("alertdialog")).toHaveCount(0);
    await expect(sessions.getByRole("link", { name: /^Bỏ phiên: / })).toHaveCount(2);

    await sessions.getByRole("link", { name: `Bỏ phiên: ${titles[dropped]}` }).click();
    await sessions.getByRole("button", { name: "Xác nhận bỏ phiên" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Đã bỏ phiên “${titles[dropped]}”.` })).toBeVisible();
    await expect(sessions.getByRole("link", { name: /^Bỏ phiên: / })).toHaveCount(1);
    await expect(sessions.getByText(titles[kept]!)).toBeVisible();
    expect(await seatsLeft(request, dropped)).toBe(before);

    // The seat is still free: the delegate changes their mind and takes it back from the notice.
    await page.getByRole("button", { name: `Lấy lại chỗ: ${titles[dropped]}` }).click();
    await expect(page.getByText("Đã cập nhật các phiên tham dự.")).toBeVisible();
    await expect(sessions.getByText("Đã xác nhận chỗ")).toHaveCount(2);
    expect(await seatsLeft(request, dropped)).toBe(before - 1);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("without JavaScript, errors appear in Vietnamese next to the fields and the input is kept", async ({ browser }) => {
    const context = await newGuardedContext(browser, { javaScriptEnabled: false, extraHTTPHeaders: CLIENT_HEADERS });
    const page = await context.newPage();
    await page.goto("/register");
    await page.getByLabel("Họ và tên").fill("Trần Thị Ánh");
    await page.getByLabel("Địa chỉ e-mail").fill("anh-at-example.vn");
    await page.getByLabel("Số điện thoại").fill("12345");
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Phiếu đăng ký chưa hợp lệ" })).toBeVisible();
    const email = page.getByLabel("Địa chỉ e-mail");
    await expect(email).toHaveValue("anh-at-example.vn");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Địa chỉ e-mail không hợp lệ/);
    await expect(page.locator("#reg-phone-error")).toHaveText(/Số điện thoại không hợp lệ/);
    await expect(page.locator("#reg-position-error")).toHaveText("Vui lòng nhập chức vụ.");
    await expect(page.locator("#reg-sessions-error")).toHaveText(/Vui lòng chọn ít nhất một hoạt động/);
    await expect(page.locator("#reg-consents-registration-error")).toHaveText(/Ông\/Bà cần đồng ý/);
    await expect(page.getByLabel("Họ và tên")).toHaveValue("Trần Thị Ánh");
    await expect(page.getByLabel("Họ và tên")).not.toHaveAttribute("aria-invalid", "true");
    await context.close();
  });

  test("a second registration with the same address shows a neutral message and e-mails the existing link", async ({ page }) => {
    const email = uniqueEmail("lap-lai");
    const [session] = projectSessions();
    for (const attempt of [1, 2]) {
      await openFormFor(page, session);
      await fillDelegate(page, email);
      await page.getByLabel(/Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân/).check();
      await page.getByRole("button", { name: "Gửi đăng ký" }).click();
      if (attempt === 1) await expect(page.getByText("Đăng ký thành công")).toBeVisible();
    }
    await expect(page.getByRole("status")).toContainText("chúng tôi đã gửi lại đường dẫn quản lý đăng ký");
    const first = manageLinkOf(await waitForMail(email));
    const again = await waitForMail(email, { count: 2 });
    expect(again.text).toContain("Ông/Bà đã đăng ký từ trước nên không có đăng ký mới nào được tạo");
    // The same link as in the confirmation: a stranger typing the address cannot make it stop working.
    expect(manageLinkOf(again)).toBe(first);
    expect((await page.goto(first))?.status()).toBe(200);
  });

  test("a delegate deletes their data after confirming; the link then leads nowhere", async ({ page }) => {
    const email = uniqueEmail("xoa");
    const [session] = projectSessions();
    await openFormFor(page, session);
    await fillDelegate(page, email, { name: "Lê Văn Đức" });
    await page.getByLabel(/Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân/).check();
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect(page.getByText("Đăng ký thành công")).toBeVisible();
    const link = page.url().split("?")[0]!;

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải dữ liệu của tôi (JSON)" }).click();
    const data = JSON.parse(await readFile(await (await download).path(), "utf8"));
    expect(data).toMatchObject({ registration: { fullName: "Lê Văn Đức", email }, consents: [{ purpose: "REGISTRATION" }] });

    await page.getByRole("link", { name: "Xóa dữ liệu…" }).click();
    await expect(page.getByText(/Ông\/Bà có chắc chắn muốn xóa toàn bộ dữ liệu cá nhân/)).toBeVisible();
    await page.getByRole("button", { name: "Xác nhận xóa dữ liệu" }).click();
    await expect(page.getByRole("heading", { name: "Dữ liệu của Quý đại biểu đã được xóa" })).toBeVisible();
    expect((await page.goto(link))?.status()).toBe(404);
  });

  test("a delegate adds a session, withdraws a consent and cancels after confirming", async ({ page }) => {
    // Only the sessions whose seat counts no other test checks.
    const [own, other] = [SESSIONS_BY_PROJECT.desktop[0], SESSIONS_BY_PROJECT.phone[0]];
    const [registered, added] = test.info().project.name === "desktop" ? [own, other] : [other, own];
    await openFormFor(page, registered);
    await fillDelegate(page, uniqueEmail("huy"), { name: "Võ Thị Ngọc Ánh" });
    await page.getByLabel(/Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân/).check();
    await page.getByLabel(/Tôi đồng ý được chụp ảnh, quay phim/).check();
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect(page.getByText("Đăng ký thành công")).toBeVisible();

    const sessions = page.getByRole("region", { name: "Các phiên đã đăng ký" });
    await sessions.locator(`input[name="sessions"][value="${added}"]`).check();
    await page.getByRole("button", { name: "Đăng ký thêm các phiên đã chọn" }).click();
    await expect(page.getByText("Đã cập nhật các phiên tham dự.")).toBeVisible();
    await expect(sessions.getByRole("link", { name: /^Bỏ phiên: / })).toHaveCount(2);

    await page.getByRole("button", { name: "Rút lại sự đồng ý: Hình ảnh, truyền thông" }).click();
    await expect(page.getByText("Đã rút lại sự đồng ý.")).toBeVisible();
    await expect(page.getByText(/Hình ảnh, truyền thông — Đã rút lại ngày/)).toBeVisible();

    await page.getByRole("link", { name: "Hủy đăng ký…" }).click();
    await expect(page.getByRole("alertdialog")).toContainText("Ông/Bà có chắc chắn muốn hủy đăng ký");
    await page.getByRole("button", { name: "Xác nhận hủy đăng ký" }).click();
    await expect(page.getByText("Đăng ký đã được hủy.")).toBeVisible();
    await expect(page.getByText(/Đăng ký này đã được hủy ngày/)).toBeVisible();
    await expect(page.getByRole("link", { name: /^Bỏ phiên: / })).toHaveCount(0);
  });

  test("a link naming sessions ticks each of them and nothing else; an error keeps what was sent, not what was linked", async ({ page }) => {
    const [first, second] = projectSessions();
    await page.goto(`/register?session=${first}&session=${second}&session=khong-co-phien-nay`);
    const boxes = page.locator('input[name="sessions"]');
    await expect(boxes.and(page.locator(":checked"))).toHaveCount(2);
    await expect(page.locator(`input[name="sessions"][value="${first}"]`)).toBeChecked();
    await expect(page.locator(`input[name="sessions"][value="${second}"]`)).toBeChecked();

    // The reader unticks one and sends the form without the rest: the refused form shows their choice.
    await page.locator(`input[name="sessions"][value="${second}"]`).uncheck();
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Phiếu đăng ký chưa hợp lệ" })).toBeFocused();
    await expect(page.locator(`input[name="sessions"][value="${first}"]`)).toBeChecked();
    await expect(page.locator(`input[name="sessions"][value="${second}"]`)).not.toBeChecked();
  });

  test("the form has no accessibility violations (axe)", async ({ page }) => {
    await page.goto("/register");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test("the form shows its errors accessibly too (axe)", async ({ page }) => {
    await page.goto("/register");
    await page.getByRole("button", { name: "Gửi đăng ký" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Phiếu đăng ký chưa hợp lệ" })).toBeFocused();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  test("the English form speaks English", async ({ page }) => {
    await page.goto("/en/register");
    await expect(page.getByRole("heading", { level: 1, name: "Register to attend" })).toBeVisible();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.locator("#reg-email-error")).toHaveText("Please enter your e-mail address.");
  });

  test("an unknown manage link answers with a friendly 404", async ({ page }) => {
    const response = await page.goto("/my-registration/this-is-not-a-valid-manage-token-at-all");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy đăng ký" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Đến trang đăng ký" })).toBeVisible();
  });
});

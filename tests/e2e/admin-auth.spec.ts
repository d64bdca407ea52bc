import { expect, test, newGuardedContext } from "./support/test";
import { createTestUser, fillLoginForm, signIn, useOwnClientAddress } from "./support/admin-users";

test.describe("admin sign-in", () => {
  test.beforeEach(async ({ context }) => {
    await useOwnClientAddress(context);
  });

  test("a wrong password is refused in Vietnamese and the e-mail stays typed", async ({ page }) => {
    const organiser = await createTestUser("ORGANIZER");
    await page.goto("/admin/login");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng nhập quản trị");
    await fillLoginForm(page, organiser.email, "khong phai mat khau");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Địa chỉ e-mail")).toHaveValue(organiser.email);
    await expect(page).toHaveURL(/\/admin\/login$/);
  });

  test("an organiser signs in and sees what the role may do, without the administrator's sections", async ({ page }) => {
    const organiser = await createTestUser("ORGANIZER");
    await signIn(page, organiser);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${organiser.name}`);
    await expect(page.getByText("Vai trò của bạn: Ban Tổ chức (Sở KH&CN).")).toBeVisible();
    const capabilities = page.getByRole("region", { name: "Quyền của vai trò này" });
    await expect(capabilities.getByRole("listitem").filter({ hasText: "Biên tập chương trình và các hoạt động" })).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Điều hướng quản trị" });
    await expect(menu.getByRole("link", { name: "Tổng quan" })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Người dùng" })).toHaveCount(0);
    // One row of groups: the organiser's sections sit under programme, people, exhibition and press.
    await expect(menu.getByText("Quản trị hệ thống")).toHaveCount(0);
    await menu.getByText("Triển lãm & báo chí").click();
    await expect(menu.getByRole("link", { name: "Đăng ký tác nghiệp" })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    // Each card says what its screen does, and nothing promises screens "khi được đưa vào sử dụng".
    const sections = page.getByRole("region", { name: "Các mục bạn được sử dụng" });
    await expect(sections.getByRole("link", { name: /^Thống kê Số đăng ký, mức lấp đầy/ })).toBeVisible();
    await expect(sections.getByRole("link", { name: /^Tin tức Viết, hẹn giờ đăng/ })).toBeVisible();
    await expect(sections.getByRole("link", { name: /^Đăng ký tác nghiệp Duyệt đăng ký tác nghiệp/ })).toBeVisible();
    await expect(page.getByText(/khi được đưa vào sử dụng/)).toHaveCount(0);
    // What waits for the organiser, each with its count and a link to the list where it is done.
    const waiting = page.getByRole("region", { name: "Việc đang chờ" });
    await expect(waiting.getByRole("link", { name: /^\d+ Đơn đăng ký gian hàng chờ xét duyệt$/ })).toHaveAttribute("href", "/admin/booths/applications");
    await expect(waiting.getByRole("link", { name: /^\d+ Đăng ký tác nghiệp chờ duyệt$/ })).toBeVisible();
    await expect(waiting.getByRole("link", { name: /^\d+ Đại biểu có địa chỉ e-mail bị từ chối$/ })).toHaveAttribute("href", "/admin/registrations?mail=refused");
  });

  test("check-in staff land on the check-in station, not on a dashboard with one link", async ({ page }) => {
    const staff = await createTestUser("CHECKIN_STAFF");
    await page.goto("/admin/login");
    await fillLoginForm(page, staff.email, staff.password);
    await expect(page).toHaveURL(/\/admin\/check-in$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/check-in$/);
  });

  test("a signed-in user without the permission gets the Vietnamese 403 page", async ({ page }) => {
    const staff = await createTestUser("CHECKIN_STAFF");
    await signIn(page, staff);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn không có quyền truy cập trang này");
    await expect(page.getByRole("link", { name: "Về trang tổng quan" })).toBeVisible();
  });

  test("a signed-out visitor is sent to the login page and comes back after signing in", async ({ page }) => {
    const administrator = await createTestUser("ADMIN");
    await page.goto("/admin/audit");
    await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Faudit$/);
    await fillLoginForm(page, administrator.email, administrator.password);
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhật ký thay đổi");
  });

  test("after signing out, a copy of the old session cookie no longer opens the admin area", async ({ page, browser }) => {
    const organiser = await createTestUser("ORGANIZER");
    await signIn(page, organiser);
    const savedCookies = await page.context().cookies();
    expect(savedCookies.some((cookie) => cookie.name.endsWith("authjs.session-token"))).toBe(true);

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Bạn đã đăng xuất.");

    const thief = await newGuardedContext(browser);
    await thief.addCookies(savedCookies);
    const stolen = await thief.newPage();
    await stolen.goto("/admin");
    await expect(stolen).toHaveURL(/\/admin\/login/);
    await thief.close();
  });

  test("an administrator disables a user, whose open session ends at once", async ({ page, browser }) => {
    test.slow();
    const administrator = await createTestUser("ADMIN");
    const staff = await createTestUser("CHECKIN_STAFF");
    const staffContext = await newGuardedContext(browser);
    await useOwnClientAddress(staffContext);
    const staffPage = await staffContext.newPage();
    await signIn(staffPage, staff);

    await signIn(page, administrator);
    // The menu is grouped: "Người dùng" is under "Quản trị hệ thống".
    const menu = page.getByRole("navigation", { name: "Điều hướng quản trị" });
    await menu.getByText("Quản trị hệ thống").click();
    await menu.getByRole("link", { name: "Người dùng" }).click();
    await page.getByRole("link", { name: staff.name }).click();
    await page.getByText("Vô hiệu hóa tài khoản", { exact: true }).click();
    await page.getByRole("button", { name: `Xác nhận vô hiệu hóa ${staff.name}` }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Đã vô hiệu hóa tài khoản. Mọi phiên đăng nhập của người dùng đã kết thúc.",
    );

    await staffPage.goto("/admin");
    await expect(staffPage).toHaveURL(/\/admin\/login/);
    await fillLoginForm(staffPage, staff.email, staff.password);
    await expect(staffPage.getByRole("main").getByRole("alert")).toHaveText("E-mail hoặc mật khẩu không đúng.");
    await staffContext.close();

    await page.goto(`/admin/audit?entityId=${staff.id}`);
    await expect(page.getByRole("cell", { name: "Vô hiệu hóa tài khoản" })).toBeVisible();
    await expect(page.getByRole("cell", { name: administrator.name })).toBeVisible();
  });

  test("an administrator creates an account with a generated password, shown once, that signs in", async ({ page, browser }) => {
    test.slow();
    const administrator = await createTestUser("ADMIN");
    await signIn(page, administrator);
    await page.goto("/admin/users/new");
    const email = `moi.${Date.now()}.${test.info().project.name}@ubnd.quangngai.gov.vn`;
    await page.getByLabel("Họ và tên").fill("Đặng Thị Mời");
    await page.getByLabel("E-mail").fill("khong-phai-email");
    await page.getByLabel("Vai trò").selectOption("INVITATION_OFFICER");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page.getByText("Địa chỉ e-mail không hợp lệ, ví dụ: ten@donvi.gov.vn.")).toBeVisible();
    await expect(page.getByLabel("Họ và tên")).toHaveValue("Đặng Thị Mời");

    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Đã tạo tài khoản cho Đặng Thị Mời.");
    const password = (await page.getByTestId("generated-password").textContent()) ?? "";
    expect(password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);

    const newcomer = await newGuardedContext(browser);
    await useOwnClientAddress(newcomer);
    const newcomerPage = await newcomer.newPage();
    await signIn(newcomerPage, { email, password });
    await expect(newcomerPage.getByText("Vai trò của bạn: Cán bộ phát hành giấy mời (Văn phòng UBND tỉnh).")).toBeVisible();
    await newcomer.close();
  });

  test("the password policy refuses a common password when an administrator sets one", async ({ page }) => {
    const administrator = await createTestUser("ADMIN");
    await signIn(page, administrator);
    await page.goto("/admin/users/new");
    await page.getByLabel("Họ và tên").fill("Bùi Văn Yếu");
    await page.getByLabel("E-mail").fill(`yeu.${Date.now()}@sokhcn.gov.vn`);
    await page.getByLabel("Tự đặt mật khẩu").check();
    await page.getByLabel("Mật khẩu", { exact: true }).fill("matkhau123");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await expect(page.getByText("Mật khẩu này quá phổ biến, dễ bị đoán.", { exact: false })).toBeVisible();
  });

  test("repeated wrong passwords lock the account, and then even the right one is refused", async ({ page }) => {
    test.slow();
    const organiser = await createTestUser("ORGANIZER");
    const alert = page.getByRole("main").getByRole("alert");
    await page.goto("/admin/login");
    for (let attempt = 1; attempt <= 4; attempt++) {
      await fillLoginForm(page, organiser.email, `doan sai lan ${attempt}`);
      await expect(alert).toHaveText("E-mail hoặc mật khẩu không đúng.");
    }
    await fillLoginForm(page, organiser.email, "doan sai lan 5");
    await expect(alert).toHaveText("Đăng nhập tạm thời bị khóa vì nhập sai nhiều lần. Vui lòng thử lại sau 1 phút.");
    await fillLoginForm(page, organiser.email, organiser.password);
    await expect(alert).toContainText("Đăng nhập tạm thời bị khóa");
    await expect(page).toHaveURL(/\/admin\/login$/);
  });
});

test.describe("admin sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the login form and sign-out work as plain form posts", async ({ page, context }) => {
    await useOwnClientAddress(context);
    const organiser = await createTestUser("ORGANIZER");
    await signIn(page, organiser);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${organiser.name}`);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/admin\/login\?signedOut=1$/);
  });
});

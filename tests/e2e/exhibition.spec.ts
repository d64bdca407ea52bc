import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";

// The visitor's exhibition: the booth directory with its floor map, a booth page, and the exhibitor
// application form, on the seeded 2025 exhibition (prisma/seed-data/booths-2025.ts).

const OCOP_BOOTHS = ["D01", "D02", "D03"];

function boothOnMap(page: Page, code: string) {
  return page.getByRole("group", { name: /^Sơ đồ hội trường/ }).locator(`a[data-booth="${code}"]`);
}

function boothCards(page: Page) {
  return page.locator("#booth-list [data-booth-card]");
}

function uniqueEmail(label: string): string {
  return `${label}-${test.info().project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.vn`;
}

test.describe("booth directory and floor map", () => {
  test("a visitor filters booths by category, clicks a booth on the map and opens its page", async ({ page }) => {
    await page.goto("/exhibition");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo");
    await expect(boothCards(page)).toHaveCount(20);

    await page.getByLabel("Lĩnh vực", { exact: true }).selectOption({ label: "Sản phẩm OCOP" });
    await page.getByRole("button", { name: "Tìm", exact: true }).click();

    await expect(page).toHaveURL(/\/exhibition\?(.*&)?category=OCOP_PRODUCT/);
    await expect(page.getByRole("status")).toHaveText("3 trên 20 gian hàng phù hợp.");
    await expect(boothCards(page)).toHaveCount(3);
    for (const code of OCOP_BOOTHS) await expect(boothCards(page).filter({ hasText: `Gian ${code}` })).toHaveCount(1);
    // The map keeps every booth and dims those that do not match.
    await expect(page.getByRole("group", { name: /^Sơ đồ hội trường/ }).getByRole("link")).toHaveCount(20);
    await expect(boothOnMap(page, "A01")).toHaveAttribute("data-dimmed", "true");
    await expect(boothOnMap(page, "D02")).not.toHaveAttribute("data-dimmed", "true");

    await page.getByRole("link", { name: "Gian D02: Nhóm chủ thể OCOP quế Trà Bồng" }).click();
    await expect(page).toHaveURL(/\/exhibition\/D02$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhóm chủ thể OCOP quế Trà Bồng");
    await expect(page.getByText("Lĩnh vực: Sản phẩm OCOP", { exact: true })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /^Tinh dầu quế$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "ocop.trabong@example.vn" })).toHaveAttribute(
      "href",
      "mailto:ocop.trabong@example.vn",
    );
    await expect(page.getByRole("img", { name: "Vị trí gian D02 trên sơ đồ hội trường" })).toBeVisible();
    await expect(page.getByText("Đơn vị trưng bày chưa gửi hình ảnh.")).toBeVisible();

    await page.getByRole("link", { name: "Tất cả gian hàng" }).click();
    await expect(page).toHaveURL(/\/exhibition$/);
  });

  test("a search without diacritics finds the agriculture booths", async ({ page }) => {
    await page.goto("/exhibition");
    await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill("nong nghiep");
    await page.getByRole("searchbox", { name: "Tìm kiếm" }).press("Enter");
    await expect(page).toHaveURL(/q=nong\+nghiep/);
    await expect(boothCards(page).filter({ hasText: "Gian C04" })).toContainText("Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi");
    await expect(boothCards(page).filter({ hasText: "Gian C05" })).toHaveCount(1);
    await expect(boothCards(page).filter({ hasText: "Gian B05" })).toHaveCount(0);
  });

  test("says so when nothing matches, and offers to clear the filters", async ({ page }) => {
    await page.goto("/exhibition?q=tau+vu+tru");
    await expect(page.getByRole("heading", { name: "Không tìm thấy gian hàng phù hợp" })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("0 trên 20 gian hàng phù hợp.");
    await page.getByRole("link", { name: "Xóa bộ lọc" }).first().click();
    await expect(boothCards(page)).toHaveCount(20);
  });

  test("the floor map is operable by keyboard: Tab reaches a booth, its focus shows, Enter opens it", async ({ page }) => {
    await page.goto("/exhibition");
    await page.getByRole("link", { name: "Bỏ qua sơ đồ, xem danh sách" }).focus();
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("aria-label", "Gian A01: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
    // The focus ring around a booth is drawn only while it has keyboard focus.
    const ringOf = (code: string) => boothOnMap(page, code).locator("rect").nth(1);
    await expect(ringOf("A01")).toBeVisible();
    await expect(ringOf("A02")).toBeHidden();
    await page.keyboard.press("Tab");
    await expect(focused).toHaveAttribute("aria-label", "Gian A02: Trường Đại học Phạm Văn Đồng");
    await expect(ringOf("A01")).toBeHidden();
    await expect(ringOf("A02")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/exhibition\/A02$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trường Đại học Phạm Văn Đồng");
  });

  test("the floor map fits a phone by scrolling sideways, never by shrinking the booths out of reach", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/exhibition");
    const map = page.getByRole("group", { name: /^Sơ đồ hội trường/ });
    const box = await map.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(600);
    // The page itself does not scroll sideways: only the map's own container does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await boothOnMap(page, "C05").click();
    await expect(page).toHaveURL(/\/exhibition\/C05$/);
  });

  test("the past edition has its own, empty exhibition page", async ({ page }) => {
    const response = await page.goto("/editions/2023/exhibition");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Chưa có gian hàng được công bố" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Đăng ký gian hàng" })).toHaveCount(0);
  });

  test("an unknown booth is a 404, and a lower-case code leads to the booth", async ({ page }) => {
    expect((await page.goto("/exhibition/Z99"))?.status()).toBe(404);
    await page.goto("/exhibition/b01");
    await expect(page).toHaveURL(/\/exhibition\/B01$/);
  });

  test("the English directory speaks English and keeps the exhibitors' names", async ({ page }) => {
    await page.goto("/en/exhibition?category=TOURISM_SOLUTION");
    await expect(page.getByRole("status")).toHaveText("3 of 20 booths match.");
    await expect(page.getByRole("link", { name: "Booth C01: Du lịch số Măng Đen – Ủy ban nhân dân xã Măng Đen" })).toBeVisible();
  });

  for (const path of ["/exhibition", "/exhibition?category=STARTUP", "/exhibition/A01", "/exhibition/apply"]) {
    test(`axe-core finds no accessibility violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
});

async function fillApplication(page: Page, email: string) {
  await page
    .getByRole("textbox", { name: /^Tên doanh nghiệp, tổ chức/ })
    .fill("Hợp tác xã Nông nghiệp số Nghĩa Hành (thử nghiệm)");
  await page.getByRole("combobox", { name: /^Lĩnh vực trưng bày/ }).selectOption({ label: "Giải pháp nông nghiệp số" });
  await page
    .getByRole("textbox", { name: /^Sản phẩm, giải pháp muốn trưng bày/ })
    .fill("Tem truy xuất nguồn gốc\nNhật ký canh tác điện tử");
  await page.getByRole("textbox", { name: /^Họ và tên/ }).fill("Trần Thị Mai");
  await page.getByRole("textbox", { name: /^Địa chỉ e-mail/ }).fill(email);
  await page.getByRole("textbox", { name: /^Số điện thoại/ }).fill("0905 123 456");
  await page.getByRole("checkbox", { name: /^Tôi đồng ý/ }).check();
}

test.describe("exhibitor application without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows Vietnamese errors next to the fields, keeps the input, then accepts a valid application", async ({ page }) => {
    await page.goto("/exhibition");
    await page.getByRole("link", { name: "Đăng ký gian hàng" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đăng ký gian hàng triển lãm");

    const organisation = page.getByRole("textbox", { name: /^Tên doanh nghiệp, tổ chức/ });
    const email = page.getByRole("textbox", { name: /^Địa chỉ e-mail/ });
    const phone = page.getByRole("textbox", { name: /^Số điện thoại/ });
    await organisation.fill("Công ty TNHH Giải pháp số (thử nghiệm)");
    await email.fill("khong-phai-email");
    await phone.fill("12345");
    await page.getByRole("button", { name: "Gửi đơn đăng ký" }).click();

    await expect(page.getByRole("alert", { name: "Đơn đăng ký chưa hợp lệ" })).toContainText("Đơn đăng ký chưa hợp lệ");
    await expect(organisation).toHaveValue("Công ty TNHH Giải pháp số (thử nghiệm)");
    await expect(email).toHaveValue("khong-phai-email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Địa chỉ e-mail chưa đúng, ví dụ: lienhe@congty.vn\./);
    await expect(phone).toHaveAccessibleDescription(/Số điện thoại chưa đúng\./);
    await expect(page.getByRole("combobox", { name: /^Lĩnh vực trưng bày/ })).toHaveAccessibleDescription(
      "Vui lòng chọn lĩnh vực trưng bày.",
    );
    await expect(page.getByRole("textbox", { name: /^Họ và tên/ })).toHaveAccessibleDescription(
      "Vui lòng nhập họ và tên người liên hệ.",
    );
    await expect(page.getByText("Cần đồng ý để Ban Tổ chức xử lý thông tin liên hệ thì mới xét được đơn.").first()).toBeVisible();
    await expect(organisation).not.toHaveAttribute("aria-invalid", "true");

    const address = uniqueEmail("mai");
    await fillApplication(page, address);
    await page.getByRole("button", { name: "Gửi đơn đăng ký" }).click();
    await expect(page).toHaveURL(/\/exhibition\/apply\/received$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đã nhận đơn đăng ký gian hàng");
    // The acknowledgement e-mail is checked over SMTP in tests/integration/exhibition/applications.test.ts.
  });
});

test.describe("exhibitor application with JavaScript", () => {
  test("keeps what was typed after an error and accepts the corrected application", async ({ page }) => {
    await page.goto("/exhibition/apply");
    const address = uniqueEmail("js");
    await fillApplication(page, address);
    await page.getByRole("textbox", { name: /^Số điện thoại/ }).fill("090");
    await page.getByRole("button", { name: "Gửi đơn đăng ký" }).click();

    await expect(page.getByRole("alert", { name: "Đơn đăng ký chưa hợp lệ" })).toContainText("Số điện thoại chưa đúng.");
    await expect(page.getByRole("alert", { name: "Đơn đăng ký chưa hợp lệ" })).toBeFocused();
    await expect(page.getByRole("textbox", { name: /^Họ và tên/ })).toHaveValue("Trần Thị Mai");
    await expect(page.getByRole("combobox", { name: /^Lĩnh vực trưng bày/ })).toHaveValue("AGRICULTURE_SOLUTION");
    await expect(page.getByRole("checkbox", { name: /^Tôi đồng ý/ })).toBeChecked();

    await page.getByRole("textbox", { name: /^Số điện thoại/ }).fill("+84 905 123 456");
    await page.getByRole("button", { name: "Gửi đơn đăng ký" }).click();
    await expect(page).toHaveURL(/\/exhibition\/apply\/received$/);
  });
});

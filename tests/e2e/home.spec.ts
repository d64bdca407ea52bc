import { expect, test } from "./support/test";

test.describe("home page", () => {
  test("presents the 2025 Week in Vietnamese by default", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025",
    );
    await expect(page.getByRole("blockquote")).toContainText(
      "Hội tụ nguồn lực Khoa học, Công nghệ, Đổi mới sáng tạo và Chuyển đổi số - Vì một Quảng Ngãi phát triển nhanh và bền vững",
    );
    await expect(page.getByText("19/09 – 26/09/2025")).toBeVisible();
    await expect(page.getByRole("link", { name: "Đăng ký tham dự" }).first()).toBeVisible();
    const organisers = page.getByRole("main").getByRole("region", { name: "Đơn vị tổ chức" });
    await expect(organisers.getByText("Ủy ban nhân dân tỉnh Quảng Ngãi", { exact: true })).toBeVisible();
    await expect(organisers.getByText("Sở Khoa học và Công nghệ", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ứng dụng các giải pháp chuyển đổi số phát triển du lịch tỉnh Quảng Ngãi", exact: false })).toBeVisible();
  });

  test("switches to English and back, keeping the page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quang Ngai Innovation and Digital Transformation Week 2025");
    await expect(page.getByRole("link", { name: "Register to attend" }).first()).toBeVisible();
    await page.getByRole("link", { name: "Chuyển sang tiếng Việt" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("shows the 2023 edition as a past edition", async ({ page }) => {
    await page.goto("/editions/2023");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2023");
    await expect(page.getByText("28/09 – 02/10/2023")).toBeVisible();
    await expect(page.getByText("Kỳ Tuần lễ này đã kết thúc.")).toBeVisible();
  });

  for (const path of ["/", "/en", "/editions/2023"]) {
    test(`on a 390 px phone the menu of ${path} opens above the banner and its links work`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      const english = path === "/en";
      await page.locator("summary").filter({ hasText: english ? "Open menu" : "Mở menu" }).click();
      const agenda = page
        .getByRole("navigation", { name: english ? "Main navigation" : "Điều hướng chính" })
        .getByRole("link", { name: english ? "Programme" : "Chương trình" })
        .last();
      await expect(agenda).toBeVisible();
      // The link itself must be the topmost element where a finger lands, not the banner behind it.
      const box = (await agenda.boundingBox())!;
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest("a")?.getAttribute("href") ?? null,
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toBe(english ? "/en/agenda" : "/agenda");
      await agenda.click();
      await expect(page).toHaveURL(english ? /\/en\/agenda$/ : /\/agenda$/);
    });
  }

  test("in English on a phone, the language switch keeps one line and no term runs into its value", async ({ page }) => {
    test.skip(test.info().project.name !== "desktop", "sets the phone's width itself");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/en");
    const languageSwitch = page.getByRole("link", { name: "Chuyển sang tiếng Việt" });
    const box = (await languageSwitch.boundingBox())!;
    expect(box.height).toBeLessThan(40);
    const overlaps = await page.evaluate(() =>
      [...document.querySelectorAll("main dt")].filter((term) => {
        const value = term.nextElementSibling;
        if (!value || value.tagName !== "DD") return false;
        const [a, b] = [term.getBoundingClientRect(), value.getBoundingClientRect()];
        const sameLine = a.top < b.bottom && b.top < a.bottom;
        return sameLine && a.right > b.left + 1 && a.left < b.left;
      }).length,
    );
    expect(overlaps).toBe(0);
  });

  test("answers an unknown page with a Vietnamese 404", async ({ page }) => {
    const response = await page.goto("/khong-co-trang-nay");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  });

  test("reports a healthy database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });
});

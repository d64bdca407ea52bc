import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, newGuardedContext } from "./support/test";

const TOURISM = /Ứng dụng các giải pháp chuyển đổi số phát triển du lịch tỉnh Quảng Ngãi/;

/** Titles of the sessions listed on an agenda page (each is a level-4 heading). */
function sessionTitles(page: Page) {
  return page.getByRole("main").getByRole("heading", { level: 4 });
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test.describe("public agenda", () => {
  test("lists every day of the Week, with the exhibition on 25 and 26/9", async ({ page }) => {
    await page.goto("/agenda");
    await expect(page.getByRole("heading", { level: 1, name: "Chương trình" })).toBeVisible();
    const days = page.getByRole("navigation", { name: "Các ngày của Tuần lễ" }).getByRole("link");
    await expect(days).toHaveCount(9);
    for (const day of ["2025-09-25", "2025-09-26"]) {
      const section = page.locator(`section[aria-labelledby="day-${day}"]`);
      await expect(section.getByRole("heading", { name: "Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo" })).toBeVisible();
    }
    // The five-week campaign is listed once, above the days: Monday holds nothing of its own.
    const monday = page.getByRole("region", { name: "Thứ Hai, 22/09/2025" });
    await expect(monday.getByRole("heading", { level: 4 })).toHaveCount(0);
    await expect(monday).toContainText("Không có hoạt động riêng; chỉ có các hoạt động suốt Tuần lễ.");
    await expect(
      page.getByRole("region", { name: "Thứ Sáu, 19/09/2025" }).getByRole("heading", { name: "Buổi sáng" }),
    ).toBeVisible();
  });

  test("on a 390 px phone lists the campaign running through the Week once, above the first day", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/agenda");
    const campaign = page.getByRole("heading", { name: "Truyền thông sự kiện" });
    await expect(campaign).toHaveCount(1);
    const throughout = page.getByRole("region", { name: "Suốt Tuần lễ" });
    await expect(throughout.getByRole("heading", { level: 3 })).toHaveText(["Truyền thông sự kiện"]);
    await expect(throughout.getByText("01/09/2025 08:00 – 10/10/2025 17:00")).toBeVisible();
    const firstDay = page.getByRole("heading", { level: 2, name: "Thứ Sáu, 19/09/2025" });
    expect((await campaign.boundingBox())!.y).toBeLessThan((await firstDay.boundingBox())!.y);
  });

  test("the day tab of 22/09 shows no campaign card but says that the campaign runs through the Week", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/agenda");
    await page.getByRole("navigation", { name: "Các ngày của Tuần lễ" }).getByRole("link").filter({ hasText: "22/09" }).click();
    await expect(page).toHaveURL(/[?&]day=2025-09-22(&|$)/);
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(0);
    const note = page.getByRole("region", { name: "Suốt Tuần lễ, cũng diễn ra trong ngày này:" });
    await expect(note.getByRole("link", { name: "Truyền thông sự kiện" })).toHaveAttribute("href", "/sessions/truyen-thong-su-kien");
    await expect(note).toContainText("01/09 – 10/10/2025");
    await expect(page.getByRole("region", { name: "Thứ Hai, 22/09/2025" })).toContainText("chỉ có các hoạt động suốt Tuần lễ");
  });

  test("counts in English use the singular for one and the plural for more", async ({ page }) => {
    await page.goto("/en/agenda?venue=xa-mang-den");
    await expect(page.getByRole("status")).toHaveText("1 session found.");
    await page.goto("/en/agenda?venue=trung-tam-hoi-nghi-trien-lam-quang-ngai");
    await expect(page.getByRole("status")).toHaveText(/^[2-9]\d* sessions found\.$/);
    await expect(page.getByText(/^\d+ sessions, 19\/09 – 26\/09\/2025\./)).toBeVisible();
    await expect(page.getByText(/^\d+ seats left$/).first()).toBeVisible();
  });

  test("filters by venue through the URL, and the back button undoes it", async ({ page }) => {
    await page.goto("/agenda");
    await page.getByText("Lọc theo địa điểm, loại hình, đơn vị").click();
    await page.getByLabel("Địa điểm").selectOption({ label: "Xã Măng Đen" });
    await page.getByRole("button", { name: "Áp dụng bộ lọc" }).click();
    await expect(page).toHaveURL(/[?&]venue=xa-mang-den(&|$)/);
    await expect(sessionTitles(page)).toHaveText([TOURISM]);
    await expect(page.getByRole("status")).toHaveText("Tìm thấy 1 hoạt động phù hợp.");
    await page.goBack();
    await expect(page).toHaveURL(/\/agenda$/);
    await expect(page.getByRole("heading", { name: "Lễ khai mạc" })).toBeVisible();
  });

  test("finds the tourism workshop from a search typed without accents", async ({ page }) => {
    await page.goto("/agenda");
    await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill("hoi thao du lich");
    await page.getByRole("button", { name: "Tìm", exact: true }).click();
    await expect(page).toHaveURL(/q=hoi\+thao\+du\+lich/);
    await expect(sessionTitles(page)).toHaveText([TOURISM]);
    await expect(page.getByRole("searchbox", { name: "Tìm kiếm" })).toHaveValue("hoi thao du lich");
  });

  test("finds the same sessions for “mang den” and “MĂNG ĐEN”", async ({ page }) => {
    await page.goto("/agenda?q=mang+den");
    const plain = await sessionTitles(page).allTextContents();
    expect(plain.some((title) => TOURISM.test(title))).toBe(true);
    await page.goto(`/agenda?q=${encodeURIComponent("MĂNG ĐEN")}`);
    await expect(sessionTitles(page)).toHaveText(plain);
  });

  test("says so when nothing matches, and shows days without sessions as such", async ({ page }) => {
    await page.goto("/agenda?q=khong+co+hoat+dong+nay");
    await expect(page.getByRole("heading", { name: "Không tìm thấy hoạt động phù hợp" })).toBeVisible();
    await page.getByRole("link", { name: "Xóa bộ lọc" }).first().click();
    await expect(page).toHaveURL(/\/agenda$/);
    await page.goto("/agenda?type=WORKSHOP&day=2025-09-22");
    await expect(
      page.getByRole("region", { name: "Thứ Hai, 22/09/2025" }).getByText("Không có hoạt động trong ngày này."),
    ).toBeVisible();
  });

  test("ignores invalid filter values instead of failing", async ({ page }) => {
    const response = await page.goto("/agenda?day=2025-02-30&type=PARTY&lead=x&venue=%3Cscript%3E");
    expect(response?.status()).toBe(200);
    await expect(sessionTitles(page).first()).toBeVisible();
  });

  test("opens a session with its time, venue, registration and calendar links", async ({ page }) => {
    await page.goto("/agenda");
    await page.getByRole("link", { name: "Lễ khai mạc", exact: true }).click();
    await expect(page).toHaveURL(/\/sessions\/le-khai-mac$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lễ khai mạc");
    await expect(page.getByText("25/09/2025 14:00 – 15:30")).toBeVisible();
    await expect(page.getByText("Giờ dự kiến, chờ Ban Tổ chức xác nhận").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi" })).toHaveAttribute(
      "href",
      "/venues/trung-tam-hoi-nghi-trien-lam-quang-ngai",
    );
    // The registration journeys take seats of this session at the same time: the count is live.
    await expect(page.getByText(/^Còn \d+ chỗ$/)).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Đăng ký tham dự" })).toHaveAttribute(
      "href",
      "/register?session=le-khai-mac",
    );
    await expect(page.getByRole("link", { name: "Tệp lịch (.ics)" })).toHaveAttribute(
      "href",
      "/api/v1/editions/2025/sessions/le-khai-mac.ics",
    );
    const google = new URL((await page.getByRole("link", { name: /Google Lịch/ }).getAttribute("href"))!);
    expect(google.searchParams.get("dates")).toBe("20250925T070000Z/20250925T083000Z");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ "@type": "Event", name: "Lễ khai mạc", startDate: "2025-09-25T14:00:00+07:00" });
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Lễ khai mạc");
  });

  test("on a 390 px phone a session page shows its time, place, seats and register button before its description", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/sessions/le-khai-mac");
    const top = async (locator: import("@playwright/test").Locator) => (await locator.boundingBox())!.y;
    const register = page.getByRole("main").getByRole("link", { name: "Đăng ký tham dự" });
    const description = page.getByRole("heading", { level: 2, name: "Nội dung" });
    await expect(register).toBeVisible();
    for (const fact of [page.getByText("25/09/2025 14:00 – 15:30"), page.getByText(/^Còn \d+ chỗ$/), register]) {
      expect(await top(fact)).toBeLessThan(await top(description));
    }
  });

  test("agenda cards show the seats left and a register link while registration is open", async ({ page }) => {
    await page.goto("/agenda");
    const opening = page.locator("article").filter({ has: page.getByRole("heading", { level: 4, name: "Lễ khai mạc", exact: true }) });
    await expect(opening.getByText(/^Còn \d+ chỗ$/)).toBeVisible();
    await expect(opening.getByRole("link", { name: "Đăng ký: Lễ khai mạc" })).toHaveAttribute("href", "/register?session=le-khai-mac");
    // The exhibition takes no registration: no seats, no link.
    const exhibition = page
      .locator("article")
      .filter({ has: page.getByRole("heading", { level: 4, name: "Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo" }) })
      .first();
    await expect(exhibition.getByRole("link", { name: /^Đăng ký/ })).toHaveCount(0);
  });

  test("switches a session page to English and back", async ({ page }) => {
    await page.goto("/sessions/trien-lam-cong-nghe-so");
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/\/en\/sessions\/trien-lam-cong-nghe-so$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exhibition of digital technology and innovation products");
    await expect(page.getByText("25/09/2025 08:00 – 26/09/2025 17:00")).toBeVisible();
    await page.getByRole("link", { name: "Back to the programme" }).click();
    await expect(page).toHaveURL(/\/en\/agenda$/);
    await expect(page.getByRole("heading", { level: 1, name: "Programme" })).toBeVisible();
  });

  test("keeps the filters when switching a filtered programme to English", async ({ page }) => {
    await page.goto("/agenda?venue=xa-mang-den");
    await expect(sessionTitles(page)).toHaveText([TOURISM]);
    await page.getByRole("link", { name: "Switch to English" }).click();
    await expect(page).toHaveURL(/\/en\/agenda\?venue=xa-mang-den$/);
    await expect(sessionTitles(page)).toHaveCount(1);
  });

  test("answers an unknown session with a 404 page in the visitor's language", async ({ page }) => {
    const response = await page.goto("/en/sessions/no-such-session");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute("href", "/en");
  });

  test("works without JavaScript: search and filters are a plain form", async ({ browser }) => {
    const context = await newGuardedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/agenda");
    await page.getByRole("searchbox", { name: "Search" }).fill("trien lam");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/agenda\?q=trien\+lam/);
    await expect(
      page.getByRole("heading", { level: 4, name: "Exhibition of digital technology and innovation products" }).first(),
    ).toBeVisible();
    await context.close();
  });

  test("keeps the archived 2023 programme, with its sessions and venue pages", async ({ page }) => {
    await page.goto("/editions/2023/agenda");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Chương trình Tuần lễ năm 2023");
    await expect(page.getByText("Tuần lễ năm 2023 đã kết thúc.", { exact: false })).toBeVisible();
    await page.goto("/venues/xa-mang-den");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xã Măng Đen");
    await expect(page.getByRole("heading", { level: 4 })).toHaveText([TOURISM]);
  });

  for (const url of [
    "/agenda",
    "/agenda?q=hoi+thao&venue=trung-tam-hoi-nghi-trien-lam-quang-ngai",
    "/agenda?day=2025-09-22",
    "/sessions/le-khai-mac",
    "/en/sessions/truyen-thong-su-kien",
  ]) {
    test(`has no accessibility violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("search engines", () => {
  test.skip(({ isMobile }) => isMobile, "plain HTTP: the desktop project is enough");

  test("get a sitemap of both languages and a robots.txt pointing at it", async ({ request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/sessions/le-khai-mac</loc>");
    expect(sitemap).toContain("/en/sessions/le-khai-mac</loc>");
    expect(sitemap).toContain("/editions/2023/sessions/phien-toan-the</loc>");
    expect(sitemap).toContain("/venues/xa-mang-den</loc>");
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
    expect(baseURL).toBeTruthy();
  });
});

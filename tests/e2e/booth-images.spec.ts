import AxeBuilder from "@axe-core/playwright";
import { expect, test, newGuardedContext } from "./support/test";
import { makePng } from "../fixtures/images";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";

// An organiser attaches a picture to a published booth (D03); a visitor sees it on the booth page,
// larger on a click, and the page stays accessible; then the organiser removes it again, which leaves
// the shared database as the other specs expect. Runs once, on desktop: it writes.

test("an organiser attaches a picture to a booth, a visitor sees it on the booth page, the organiser removes it", async ({
  page,
  browser,
  context,
}) => {
  test.skip(test.info().project.name !== "desktop", "one write journey is enough");
  test.slow();
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto("/admin/booths");
  await page.getByRole("link", { name: "D03", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Hình ảnh gian hàng" })).toBeVisible();

  // A web page named .png is refused by its content; the description is required.
  const upload = page.getByRole("button", { name: "Tải ảnh lên" });
  await page.getByLabel("Chọn ảnh (một hoặc nhiều)").setInputFiles({
    name: "anh.png",
    mimeType: "image/png",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await upload.click();
  await expect(page.getByText("Vui lòng nhập mô tả ảnh.")).toBeVisible({ timeout: 15_000 });
  await page.getByLabel("Mô tả ảnh cho người khiếm thị").last().fill("Ảnh giả mạo");
  await page.getByLabel("Chọn ảnh (một hoặc nhiều)").setInputFiles({
    name: "anh.png",
    mimeType: "image/png",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await upload.click();
  await expect(page.getByText(/Tệp "anh.png": Tệp không phải là ảnh được chấp nhận/)).toBeVisible({ timeout: 15_000 });

  const alt = `Quầy trưng bày quế Trà Bồng ${Date.now()}`;
  await page.getByLabel("Mô tả ảnh cho người khiếm thị").last().fill(alt);
  await page
    .getByLabel("Chọn ảnh (một hoặc nhiều)")
    .setInputFiles({ name: "quay.png", mimeType: "image/png", buffer: await makePng(800, 600) });
  await upload.click();
  // The thumbnail is made in pure JavaScript while the organiser waits: allow for a slow machine.
  await expect(page.getByRole("status")).toContainText("Đã thêm 1 ảnh.", { timeout: 30_000 });
  await expect(page.getByRole("img", { name: alt })).toHaveJSProperty("naturalWidth", 480);

  // A visitor, signed out.
  const visitorContext = await newGuardedContext(browser);
  const visitor = await visitorContext.newPage();
  await visitor.goto("/exhibition/D03");
  const picture = visitor.getByRole("img", { name: `${alt} (mở ảnh lớn)` });
  await expect(picture).toHaveAttribute("loading", "lazy");
  await picture.scrollIntoViewIfNeeded();
  await expect(picture).toHaveJSProperty("naturalWidth", 480);
  const larger = await visitor.request.get(
    (await visitor.getByRole("link", { name: `${alt} (mở ảnh lớn)` }).getAttribute("href"))!,
  );
  expect(larger.status()).toBe(200);
  expect(larger.headers()["content-type"]).toMatch(/^image\//);
  const results = await new AxeBuilder({ page: visitor }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await visitor.goto("/exhibition?category=OCOP_PRODUCT");
  await expect(visitor.locator('[data-booth-card="D03"] img')).toHaveAttribute("alt", alt);

  // Removal asks first.
  const item = page.getByRole("listitem").filter({ has: page.getByRole("img", { name: alt }) });
  await item.getByText("Gỡ ảnh", { exact: true }).click();
  await expect(item.getByText(/Gỡ ảnh 1 khỏi gian hàng\?/)).toBeVisible();
  await item.getByRole("button", { name: "Gỡ vĩnh viễn" }).click();
  await expect(page.getByText("Gian hàng chưa có hình ảnh.")).toBeVisible({ timeout: 15_000 });
  await visitor.goto("/exhibition/D03");
  await expect(visitor.getByText("Đơn vị trưng bày chưa gửi hình ảnh.")).toBeVisible();
  await visitorContext.close();
});

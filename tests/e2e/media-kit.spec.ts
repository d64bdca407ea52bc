import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { unzipSync } from "fflate";
import { makePng } from "../fixtures/images";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";

// An organiser uploads and publishes material; a journalist finds it on /bao-chi and downloads it,
// alone or in the kit's ZIP. Runs once, on desktop: the upload is a write to the shared database.

test.describe("media kit", () => {
  test("an organiser publishes a photo and a press release; the kit shows them and the ZIP holds them", async ({
    page,
    context,
  }) => {
    test.skip(test.info().project.name !== "desktop", "one upload journey is enough");
    test.slow();
    await useOwnClientAddress(context);
    await signIn(page, await createTestUser("ORGANIZER"));
    await page.goto("/admin/media");

    // A web page renamed .png is refused by its content.
    await page.getByLabel("Loại tư liệu").selectOption("PHOTO");
    await page.getByLabel("Tiêu đề", { exact: true }).fill("Ảnh giả mạo");
    await page.getByLabel("Tệp").setInputFiles({
      name: "anh.png",
      mimeType: "image/png",
      buffer: Buffer.from("<html><script>alert(1)</script></html>"),
    });
    await page.getByRole("button", { name: "Thêm tư liệu" }).click();
    await expect(page.getByText(/Loại tệp không được chấp nhận/)).toBeVisible({ timeout: 15_000 });

    const title = `Toàn cảnh khai mạc ${Date.now()}`;
    await page.getByLabel("Loại tư liệu").selectOption("PHOTO");
    await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
    await page.getByLabel("Tệp").setInputFiles({ name: "toan-canh.png", mimeType: "image/png", buffer: await makePng(640, 400) });
    await page.getByLabel("Công bố ngay").check();
    await page.getByRole("button", { name: "Thêm tư liệu" }).click();
    // Thumbnails are made in pure JavaScript while the organiser waits: allow for a slow machine.
    await expect(page.getByRole("status")).toContainText(`Đã thêm tư liệu "${title}"`, { timeout: 30_000 });
    await expect(page.getByRole("rowheader", { name: new RegExp(title) })).toBeVisible();

    // Its description is added afterwards, without uploading again.
    const row = page.getByRole("row").filter({ hasText: title });
    await row.getByText(`Sửa tiêu đề, mô tả: ${title}`).click();
    await row.getByLabel("Mô tả ngắn").fill("Lễ khai mạc tại Trung tâm Hội nghị tỉnh");
    await row.getByRole("button", { name: "Lưu" }).click();
    await expect(row.getByRole("status")).toHaveText("Đã lưu thay đổi.", { timeout: 15_000 });

    await page.goto("/bao-chi");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    await expect(card).toContainText("PNG");
    await expect(card).toContainText("640 × 400 px");
    const thumbnail = card.locator("img");
    await expect(thumbnail).toHaveJSProperty("naturalWidth", 480);

    const download = await page.request.get((await card.getByRole("link", { name: /Tải về/ }).getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("image/png");
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="toan-canh.png"/);
    expect(download.headers()["etag"]).toBeTruthy();
    expect(download.headers()["cache-control"]).toMatch(/max-age=/);

    const zip = await page.request.get("/api/v1/editions/2025/media-kit.zip");
    expect(zip.headers()["content-type"]).toBe("application/zip");
    const names = Object.keys(unzipSync(new Uint8Array(await zip.body())));
    expect(names).toContain("Ảnh/toan-canh.png");
    expect(names).toContain("Chương trình/chuong-trinh-2025.pdf");
  });

  test("offers the fact sheet and the programme generated from the edition's data, in both languages", async ({ page }) => {
    await page.goto("/bao-chi");
    const factSheet = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Thông tin tóm tắt (PDF)" }) });
    await expect(factSheet.getByRole("link", { name: "PDF · Tiếng Việt" })).toHaveAttribute("href", "/api/v1/editions/2025/fact-sheet.pdf");
    await expect(factSheet.getByRole("link", { name: "PDF · Tiếng Anh" })).toHaveAttribute("href", "/api/v1/editions/2025/fact-sheet.pdf?lang=en");
    const pdf = await page.request.get("/api/v1/editions/2025/fact-sheet.pdf?lang=en");
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toBe('attachment; filename="fact-sheet-2025.pdf"');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const zip = await page.request.get("/api/v1/editions/2025/media-kit.zip");
    const names = Object.keys(unzipSync(new Uint8Array(await zip.body())));
    for (const name of ["Thông tin tóm tắt/thong-tin-tom-tat-2025.pdf", "Thông tin tóm tắt/fact-sheet-2025.pdf", "Chương trình/programme-2025.pdf"]) {
      expect(names).toContain(name);
    }
  });

  test("an unpublished or unknown file is not served", async ({ request }) => {
    expect((await request.get("/api/v1/files/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
    expect((await request.get("/api/v1/files/not-a-uuid")).status()).toBe(404);
  });

  for (const path of ["/bao-chi", "/en/bao-chi", "/bao-chi/dang-ky"]) {
    test(`axe-core finds no accessibility violation on ${path}`, async ({ page }) => {
      test.slow();
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});

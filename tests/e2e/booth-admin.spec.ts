import { expect, test } from "./support/test";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";

// An organiser places a booth by its coordinates: a spot past the walls is refused, a free one is
// saved and drawn on the admin map. It stays a draft: the exhibition specs count the published booths
// of the shared database (publishing is covered by tests/integration/exhibition/review.test.ts).
// Then the organiser deletes it again, after confirming.

test("an organiser places a draft booth on free floor; the admin map shows it, the public site does not; it can be deleted", async ({
  page,
  context,
}) => {
  test.skip(test.info().project.name !== "desktop", "one write journey is enough");
  test.slow();
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto("/admin/booths/new");
  await page.getByLabel("Mã gian hàng").fill("Z50");
  await page.getByLabel("Lĩnh vực").selectOption("DIGITAL_SERVICE");
  await page.getByLabel("Đơn vị trưng bày", { exact: true }).fill("Trung tâm dữ liệu thử nghiệm");
  const place = async (x: string, y: string) => {
    await page.getByLabel("Cách tường trái (x)").fill(x);
    await page.getByLabel("Cách tường trên (y)").fill(y);
  };
  await place("590", "0");
  await page.getByRole("button", { name: "Lưu gian hàng" }).click();
  await expect(page.getByText("Gian hàng vượt ra ngoài tường của hội trường.")).toBeVisible({ timeout: 15_000 });

  await place("0", "0");
  await page.getByRole("button", { name: "Lưu gian hàng" }).click();
  await expect(page.getByRole("status")).toContainText("Đã lưu gian hàng Z50.", { timeout: 15_000 });

  await page.goto("/admin/booths");
  await expect(page.getByRole("row").filter({ hasText: "Trung tâm dữ liệu thử nghiệm" })).toContainText("Bản nháp");
  await expect(page.getByRole("link", { name: /Z50/ }).first()).toBeVisible();
  expect((await page.request.get("/exhibition/Z50")).status()).toBe(404);

  await page.getByRole("link", { name: "Z50", exact: true }).click();
  await page.getByText("Xóa gian hàng", { exact: true }).last().click();
  await expect(page.getByText("Xóa gian hàng Z50? Gian hàng và hình ảnh của nó sẽ bị xóa vĩnh viễn.")).toBeVisible();
  await page.getByRole("button", { name: "Xóa vĩnh viễn" }).click();
  await expect(page).toHaveURL(/\/admin\/booths\?done=deleted/, { timeout: 15_000 });
  await expect(page.getByRole("status")).toHaveText("Đã xóa gian hàng Z50.");
  await expect(page.getByRole("link", { name: "Z50", exact: true })).toHaveCount(0);
});

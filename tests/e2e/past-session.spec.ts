import { expect, test } from "./support/test";
import { delegateBody } from "../fixtures/registration";
import { insertPublishedSession, type InsertedSession } from "./support/sessions";

// The e2e server's clock stands at 12/09/2025 08:00 (scripts/test.ts): a session of 10/09 has taken
// place, the seeded Week of 19–26/09 is still ahead.

let past: InsertedSession;

test.beforeAll(async () => {
  past = await insertPublishedSession({ startsAt: "2025-09-10T08:00:00+07:00", endsAt: "2025-09-10T11:00:00+07:00" });
});

test.afterAll(async () => {
  await past?.remove();
});

test("a session that has taken place reads 'Đã diễn ra' and offers no registration", async ({ page }) => {
  await page.goto(`/sessions/${past.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(past.title);
  await expect(page.getByText("Đã diễn ra", { exact: true })).toBeVisible();
  await expect(page.getByText("Hoạt động này đã diễn ra, không còn nhận đăng ký.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Đăng ký tham dự" })).toHaveCount(0);

  await page.goto(`/register?session=${past.slug}`);
  await expect(page.getByRole("checkbox", { name: "Lễ khai mạc" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: past.title })).toHaveCount(0);
});

test("the JSON API refuses a session that has taken place with 422, in Vietnamese and English", async ({ request }) => {
  test.skip(test.info().project.name !== "desktop", "the API does not depend on the screen");
  const headers = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200) + 1}` };
  const email = `da-dien-ra-${Date.now()}@example.vn`;
  const response = await request.post("/api/v1/editions/2025/registrations", {
    data: delegateBody(7, ["le-khai-mac", past.slug], { email }),
    headers,
  });
  expect(response.status()).toBe(422);
  const body = await response.json();
  expect(body.error).toBe(`Hoạt động “${past.slug}” đã diễn ra, không còn nhận đăng ký.`);
  expect(body.errorEn).toBe(`The session “${past.slug}” has already taken place and no longer takes registrations.`);
  expect(body.errors.sessions).toEqual([body.error]);
  // Nothing was written: the same address registers for the opening alone.
  const alone = await request.post("/api/v1/editions/2025/registrations", { data: delegateBody(7, ["le-khai-mac"], { email }), headers });
  expect(alone.status()).toBe(201);
});

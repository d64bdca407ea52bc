import type { Page, Request } from "@playwright/test";
import { expect, test } from "./support/test";

// Public links fetch their page ahead when the reader points at, focuses or touches them
// (components/ui/site-link.tsx, prefetch-on-intent.ts), never because they scrolled into view: a phone's
// first seconds belong to the page it opened.

function isPrefetch(request: Request): boolean {
  const headers = request.headers();
  return headers.rsc === "1" && ("next-router-prefetch" in headers || "next-router-segment-prefetch" in headers);
}

/** Prefetch requests of the page from now on, by path. */
function recordPrefetches(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (isPrefetch(request)) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

async function hydrated(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => "next" in window);
}

for (const path of ["/", "/register", "/agenda"]) {
  test(`${path} fetches no other page while it loads and is read`, async ({ page }) => {
    const prefetches = recordPrefetches(page);
    await page.goto(path);
    await hydrated(page);
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(1000);
    expect(prefetches).toEqual([]);
  });
}

test("pointing at a link fetches its page once, and the click then opens it without a page load", async ({ page }) => {
  const prefetches = recordPrefetches(page);
  await page.goto("/");
  await hydrated(page);
  await page.evaluate(() => Object.assign(window, { samePageLoad: true }));
  const agenda = page.getByRole("main").getByRole("link", { name: "Xem chương trình" });
  await agenda.hover();
  await expect.poll(() => [...new Set(prefetches)]).toEqual(["/agenda"]);
  await page.waitForTimeout(300);
  const fetchedOnce = prefetches.length;
  await page.mouse.move(0, 0);
  await agenda.hover();
  await page.waitForTimeout(300);
  expect(prefetches.length, "a second pointing fetches nothing more").toBe(fetchedOnce);

  await agenda.click();
  await expect(page).toHaveURL(/\/agenda$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => "samePageLoad" in window), "a client-side transition, not a new document").toBe(true);
});

test("a keyboard user's focus fetches the link's page ahead too", async ({ page }) => {
  const prefetches = recordPrefetches(page);
  await page.goto("/en");
  await hydrated(page);
  await page.getByRole("main").getByRole("link", { name: "Register to attend" }).first().focus();
  await expect.poll(() => [...new Set(prefetches)]).toEqual(["/en/register"]);
});

import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

// The public pages paint before JavaScript runs and in the fallback face: the web font is switched on once
// the page is interactive (components/ui/web-font-switch.ts). Neither change may move what the first
// paint showed: controls that need JavaScript are drawn hidden
// rather than left out, and the font's fallback face has Be Vietnam Pro's metrics per weight
// (app/globals.css), so that text keeps its lines. Compared: where each element of the first screen
// sits with the fallback face alone (the font files refused) and once the web font is in.

const PAGES = ["/", "/agenda", "/sessions/le-khai-mac", "/register", "/en/agenda"];
/**
 * One line of body text at most: the fallback matches the font's widths on average, so a paragraph that
 * fills its last line may still wrap one word differently; a heading's line (36 px and more) may not move.
 */
const MOST_MOVED_PX = 30;

/** The top of every element of `main` that starts on the first screen, in document order. */
async function firstScreenTops(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll("main *")];
    return elements.map((element) => element.getBoundingClientRect().top + window.scrollY).filter((top) => top < window.innerHeight);
  });
}

/** Loaded, its fonts settled (in or refused) and hydrated (the app router's `window.next` is set by then). */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => "next" in window);
  await page.waitForTimeout(300);
}

for (const path of PAGES) {
  test(`${path} keeps its first screen in place when the web font and the scripts arrive`, async ({ page }) => {
    await page.route("**/*.woff2", (route) => route.abort());
    await page.goto(path);
    await settled(page);
    const fallbackFaces = await page.evaluate(() => [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family));
    expect(fallbackFaces, "the metric-matched fallback face draws the page").toContain("Be Vietnam Pro Fallback");
    const withFallback = await firstScreenTops(page);

    await page.unroute("**/*.woff2");
    await page.reload();
    await settled(page);
    await page.waitForFunction(() => document.fonts.check("400 16px siteFont") && document.fonts.check("700 16px siteFont"));
    await page.waitForTimeout(100);
    const withWebFont = await firstScreenTops(page);

    const moved = withFallback.map((top, index) => Math.abs(top - (withWebFont[index] ?? Number.POSITIVE_INFINITY)));
    expect(Math.max(...moved), `elements of the first screen moved by up to ${Math.max(...moved).toFixed(1)} px`).toBeLessThan(MOST_MOVED_PX);
  });
}

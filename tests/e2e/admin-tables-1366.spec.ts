import { expect, test, type Page } from "./support/test";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";

// The organisers' office screens are 1366 × 768 laptops: every admin list and detail page must fit
// without a horizontal page scroll, each table must fit its box or scroll inside a labelled region
// (reachable by keyboard), and status badges stay on one line.

test.use({ viewport: { width: 1366, height: 768 } });

const LISTS = [
  "/admin/registrations",
  "/admin/sessions",
  "/admin/booths",
  "/admin/booths/applications",
  "/admin/press",
  "/admin/invitations",
  "/admin/mail",
  "/admin/audit",
  "/admin/users",
  "/admin/news",
  "/admin/media",
  "/admin/feedback",
  "/admin/report",
  "/admin/privacy/retention",
  "/admin/editions",
  "/admin/statistics",
];

/** Detail pages, reached from the first row of their list. */
const DETAILS = [
  { list: "/admin/registrations", link: /\/admin\/registrations\/[0-9a-f-]{36}$/ },
  { list: "/admin/sessions", link: /\/admin\/sessions\/[0-9a-f-]{36}$/ },
  { list: "/admin/booths", link: /\/admin\/booths\/[0-9a-f-]{36}$/ },
  { list: "/admin/invitations", link: /\/admin\/invitations\/[0-9a-f-]{36}$/ },
];

type Layout = {
  pageWidth: number;
  tables: { label: string; fits: boolean; labelledScroll: boolean }[];
  badges: { text: string; nowrap: boolean; lines: number }[];
};

/** What the browser laid out: the page's width, each table against its box, each status badge's lines. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const scrollerOf = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(node).overflowX)) return node;
      }
      return null;
    };
    const tables = [...document.querySelectorAll("main table")].map((table) => {
      const box = table.parentElement!;
      const scroller = scrollerOf(table);
      const label = scroller?.getAttribute("aria-label") ?? scroller?.getAttribute("aria-labelledby") ?? "";
      return {
        label: label || (table.querySelector("th")?.textContent ?? "?"),
        fits: table.getBoundingClientRect().width <= box.clientWidth + 1,
        labelledScroll: !!scroller && scroller.getAttribute("role") === "region" && label !== "" && scroller.tabIndex === 0,
      };
    });
    const badges = [...document.querySelectorAll("main [data-status-badge]")].map((badge) => {
      const style = getComputedStyle(badge);
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
      const content = badge.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      return { text: badge.textContent ?? "", nowrap: style.whiteSpace === "nowrap", lines: Math.round(content / lineHeight) };
    });
    return { pageWidth: document.documentElement.scrollWidth, tables, badges };
  });
}

async function expectReadable(page: Page, path: string) {
  const layout = await measure(page);
  expect(layout.pageWidth, `${path}: the page scrolls sideways`).toBeLessThanOrEqual(1366);
  for (const table of layout.tables) {
    expect(table.fits || table.labelledScroll, `${path}: table "${table.label}" overflows outside a labelled scroll region`).toBe(true);
  }
  for (const badge of layout.badges) {
    expect(badge, `${path}: badge "${badge.text}"`).toMatchObject({ nowrap: true, lines: 1 });
  }
  return layout;
}

test("every admin list and detail page is readable on a 1366 px screen", async ({ page, context }) => {
  test.skip(test.info().project.name !== "desktop", "a laptop screen: the desktop project");
  // Twenty pages rendered per request on a busy machine.
  test.setTimeout(300_000);
  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ADMIN"));
  let badges = 0;
  for (const path of LISTS) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    badges += (await expectReadable(page, path)).badges.length;
  }
  for (const { list, link } of DETAILS) {
    await page.goto(list);
    const href = await page.locator("main table a").evaluateAll((anchors, pattern) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname).find((path) => new RegExp(pattern).test(path)) ?? null, link.source);
    if (!href) continue;
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    badges += (await expectReadable(page, href)).badges.length;
  }
  // The seeded programme alone has sessions in several statuses: the badges were measured, not missed.
  expect(badges).toBeGreaterThan(10);
});

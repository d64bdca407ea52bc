import { test as base, type Browser, type BrowserContext, type BrowserContextOptions } from "@playwright/test";

// Every end-to-end test runs under the portal's Content-Security-Policy and fails if a page it visits
// reports a violation: what the policy blocks is broken for visitors too. That holds for the test's own
// context and for every other context it opens, which must come from `newGuardedContext` (a unit test,
// tests/unit/e2e/guarded-contexts.test.ts, refuses a spec that calls `browser.newContext` itself).

export * from "@playwright/test";

const PREFIX = "[csp-violation]";

/** Violations reported during the current test, by any guarded context (a worker runs one test at a time). */
let violations: string[] = [];

async function guard(context: BrowserContext): Promise<void> {
  await context.addInitScript((prefix) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`);
    });
  }, PREFIX);
  context.on("console", (message) => {
    if (message.text().startsWith(PREFIX)) violations.push(message.text());
  });
}

/**
 * A new browser context (another user, a visitor without cookies, a browser without JavaScript) under
 * the same guard as the test's own: a violation on any of its pages fails the test. Without JavaScript
 * no page can report one, and nothing can run that the policy would block.
 */
export async function newGuardedContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  // Playwright Test gives it the project's settings (base URL, viewport) as it gives the test's own.
  const context = await browser.newContext(options);
  await guard(context);
  return context;
}

export const test = base.extend<{ contentSecurityGuard: void }>({
  contentSecurityGuard: [
    async ({ context }, use) => {
      violations = [];
      await guard(context);
      await use();
      base.expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

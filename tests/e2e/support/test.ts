import { test as base } from "@playwright/test";

// Every end-to-end test runs under the portal's Content-Security-Policy and fails if a page it visits
// reports a violation: what the policy blocks is broken for visitors too.

export * from "@playwright/test";

const PREFIX = "[csp-violation]";

export const test = base.extend<{ contentSecurityGuard: void }>({
  contentSecurityGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript((prefix) => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`);
        });
      }, PREFIX);
      context.on("console", (message) => {
        if (message.text().startsWith(PREFIX)) violations.push(message.text());
      });
      await use();
      base.expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

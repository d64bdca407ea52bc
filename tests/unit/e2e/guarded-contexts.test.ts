import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The end-to-end suite fails a test on any Content-Security-Policy violation, but only on pages of a
// guarded browser context (tests/e2e/support/test.ts). A spec that opens its own context or imports
// Playwright's bare `test` would let a violation pass unseen.

const E2E = path.resolve(import.meta.dirname, "../../e2e");
const GUARD = path.join(E2E, "support", "test.ts");

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Raw ways to open a browser or a context: each bypasses the guard. */
const UNGUARDED = [/\.newContext\s*\(/, /\.launch(?:PersistentContext)?\s*\(/, /\bconnectOverCDP\s*\(/];

/** `test` taken from Playwright itself rather than from the guarded fixtures. */
const BARE_TEST = /import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*["']@playwright\/test["']/;

function unguardedUses(source: string): string[] {
  return source
    .split("\n")
    .flatMap((line, index) => (UNGUARDED.some((pattern) => pattern.test(line)) || BARE_TEST.test(line) ? [`${index + 1}: ${line.trim()}`] : []));
}

describe("every end-to-end browser context is guarded against CSP violations", () => {
  it("finds a raw context, a launched browser and a bare Playwright test in a source", () => {
    expect(unguardedUses('const context = await browser.newContext({ javaScriptEnabled: false });')).toHaveLength(1);
    expect(unguardedUses("const other = await chromium.launch();")).toHaveLength(1);
    expect(unguardedUses('import { expect, test } from "@playwright/test";')).toHaveLength(1);
    expect(unguardedUses('const context = await newGuardedContext(browser, { javaScriptEnabled: false });')).toEqual([]);
    expect(unguardedUses('import { expect, type Page } from "@playwright/test";')).toEqual([]);
  });

  it("no spec or support file but the guard itself opens a context", () => {
    const offenders = sourcesUnder(E2E)
      .filter((file) => file !== GUARD)
      .flatMap((file) => unguardedUses(readFileSync(file, "utf8")).map((line) => `${path.relative(E2E, file)}:${line}`));
    expect(offenders).toEqual([]);
  });

  it("every spec takes `test` from the guarded fixtures", () => {
    const specs = sourcesUnder(E2E).filter((file) => file.endsWith(".spec.ts"));
    expect(specs.length).toBeGreaterThan(10);
    const unguarded = specs.filter((file) => !/from\s*["']\.\/support\/test["']/.test(readFileSync(file, "utf8")));
    expect(unguarded.map((file) => path.relative(E2E, file))).toEqual([]);
  });
});

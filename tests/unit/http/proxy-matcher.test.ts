import { randomUUID } from "node:crypto";
// Next's own compiler for proxy matchers (what `next build` writes into the proxy manifest), so the
// test checks the paths Next will really route through the proxy, not a hand-made approximation.
// It is exported at runtime but left out of Next's type declarations.
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info.js";
import { describe, expect, it } from "vitest";
import { signTicket } from "../../../lib/tickets/token";
import { config } from "../../../proxy";

const SECRET = "a-test-secret-that-is-long-enough-to-sign";
type CompileMatchers = (matcher: unknown, nextConfig: object) => { regexp: string }[];
const { getMiddlewareMatchers } = pageStaticInfo as unknown as { getMiddlewareMatchers: CompileMatchers };
const matchers = getMiddlewareMatchers(config.matcher, {});
const runsProxy = (path: string) => matchers.some((matcher) => new RegExp(matcher.regexp).test(path));

function invitationPath(): string {
  return `/invitation/${encodeURIComponent(signTicket({ kind: "I", subject: randomUUID(), year: 2025 }, SECRET))}`;
}

describe("the proxy (locale rewrite) runs", () => {
  it("for every signed invitation link, including signatures without - or _", () => {
    const paths = Array.from({ length: 400 }, invitationPath);
    // About one signature in four is letters and digits only, so it looks like a file extension.
    expect(paths.some((path) => /\.[A-Za-z0-9]+$/.test(path))).toBe(true);
    expect(paths.filter((path) => !runsProxy(path))).toEqual([]);
    expect(runsProxy(`${paths[0]}/pdf`)).toBe(true);
  });

  it("for pages in both languages", () => {
    for (const path of ["/", "/agenda", "/en", "/en/agenda", "/vi/agenda", "/sessions/le-khai-mac", "/my-registration/abc_DEF-1"]) {
      expect(runsProxy(path), path).toBe(true);
    }
  });

  it("not for API routes, Next internals and the app's static files", () => {
    for (const path of ["/api/health", "/api/v1/editions/2025/schedule.ics", "/_next/static/chunks/main.js", "/robots.txt", "/sitemap.xml", "/icon.svg"]) {
      expect(runsProxy(path), path).toBe(false);
    }
  });
});

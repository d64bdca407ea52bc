import { randomUUID } from "node:crypto";
// Next's own compiler for proxy matchers (what `next build` writes into the proxy manifest), so the
// test checks the paths Next will really route through the proxy, not a hand-made approximation.
// It is exported at runtime but left out of Next's type declarations.
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info.js";
import { describe, expect, it } from "vitest";
import { signTicket } from "../../../lib/tickets/token";
import { AGENDA_FILTER_KEYS } from "../../../lib/agenda/paths";
import { BOOTH_FILTER_KEYS } from "../../../lib/exhibition/paths";
import { needsNonce } from "../../../lib/http/content-security";
import { config } from "../../../proxy";

const SECRET = "a-test-secret-that-is-long-enough-to-sign";
type CompiledMatcher = { regexp: string; has?: { type: string; key: string }[] };
type CompileMatchers = (matcher: unknown, nextConfig: object) => CompiledMatcher[];
const { getMiddlewareMatchers } = pageStaticInfo as unknown as { getMiddlewareMatchers: CompileMatchers };
const matchers = getMiddlewareMatchers(config.matcher, {});

/** Whether Next runs the proxy for this path and query (paths by the compiled pattern, queries by `has`). */
function runsProxy(path: string, query = ""): boolean {
  const params = new URLSearchParams(query);
  return matchers.some(
    (matcher) => new RegExp(matcher.regexp).test(path) && (matcher.has ?? []).every((condition) => condition.type === "query" && params.has(condition.key)),
  );
}

function invitationPath(): string {
  return `/invitation/${encodeURIComponent(signTicket({ kind: "I", subject: randomUUID(), year: 2025 }, SECRET))}`;
}

describe("the proxy (nonce policy) runs", () => {
  it("for every signed invitation link, including signatures without - or _", () => {
    const paths = Array.from({ length: 400 }, invitationPath);
    // About one signature in four is letters and digits only, so it looks like a file extension.
    expect(paths.some((path) => /\.[A-Za-z0-9]+$/.test(path))).toBe(true);
    expect(paths.filter((path) => !runsProxy(path))).toEqual([]);
    expect(runsProxy(`${paths[0]}/pdf`)).toBe(true);
    expect(runsProxy(`/en${paths[0]}`)).toBe(true);
  });

  it("for every page that needs a nonce, in both languages", () => {
    const paths = ["/admin", "/admin/registrations", "/register/delegation", "/my-registration/abc_DEF-1abc_DEF-1abc_DEF-1abc_DEF-1abc", "/my-delegation/abc_DEF-1abc_DEF-1abc_DEF-1abc_DEF-1abc", "/my-registration/confirm-email", "/bao-chi/tu-lieu"];
    for (const path of [...paths, ...paths.map((path) => `/en${path}`)]) {
      expect(needsNonce(path), path).toBe(true);
      expect(runsProxy(path), path).toBe(true);
    }
  });

  it("for the agenda and the exhibition with any of their filters, in every edition and both languages", () => {
    for (const path of ["/agenda", "/en/agenda", "/editions/2023/agenda", "/en/editions/2023/agenda"]) {
      for (const key of AGENDA_FILTER_KEYS) expect(runsProxy(path, `${key}=x`), `${path}?${key}`).toBe(true);
      expect(runsProxy(path, "_rsc=1a2b"), path).toBe(false);
    }
    for (const path of ["/exhibition", "/en/exhibition", "/editions/2023/exhibition", "/en/editions/2023/exhibition"]) {
      for (const key of BOOTH_FILTER_KEYS) expect(runsProxy(path, `${key}=x`), `${path}?${key}`).toBe(true);
      expect(runsProxy(path, "utm_source=zalo"), path).toBe(false);
    }
    expect(runsProxy("/sessions/le-khai-mac", "q=x")).toBe(false);
  });

  it("not for statically rendered public pages, API routes, Next internals and the app's static files", () => {
    for (const path of ["/", "/agenda", "/en", "/en/agenda", "/sessions/le-khai-mac", "/exhibition", "/bao-chi", "/register", "/en/register", "/registered", "/api/health", "/api/v1/editions/2025/schedule.ics", "/_next/static/chunks/main.js", "/robots.txt", "/sitemap.xml", "/icon.svg"]) {
      expect(runsProxy(path), path).toBe(false);
    }
  });
});

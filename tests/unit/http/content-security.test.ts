import { describe, expect, it } from "vitest";
import { needsNonce, noncePolicy, STATIC_PAGE_POLICY } from "@/lib/http/content-security";

describe("which pages carry a nonce policy", () => {
  it("gives a nonce to pages rendered per request that take input or show a person's data", () => {
    for (const path of ["/admin", "/en/admin/sessions/1", "/register/delegation", "/en/register/delegation", "/my-registration/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd", "/invitation/QN1.x.y", "/bao-chi/tu-lieu"]) {
      expect(needsNonce(path), path).toBe(true);
    }
  });

  it("keeps statically rendered pages on the static policy, or their scripts would be blocked", () => {
    for (const path of ["/", "/agenda", "/sessions/le-khai-mac", "/register", "/en/register", "/my-registration/send-link", "/my-registration/deleted", "/exhibition/apply", "/administration"]) {
      expect(needsNonce(path), path).toBe(false);
    }
  });

  it("closes everything a page does not need", () => {
    for (const policy of [STATIC_PAGE_POLICY, noncePolicy("abc")]) {
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("form-action 'self'");
    }
    expect(noncePolicy("abc")).toContain("'nonce-abc' 'strict-dynamic'");
  });
});

import { describe, expect, it } from "vitest";
import { signEmailChange, verifyEmailChange } from "@/lib/registration/email-change-link";

const SECRET = "unit-test-secret-0123456789abcdef0123";
const ID = "4f0c8a1e-3b2d-4c5e-9f6a-7b8c9d0e1f2a";
const NOW = new Date("2025-09-12T01:00:00Z");
const change = { registrationId: ID, from: "cu@so.gov.vn", to: "mới@sở.vn", expiresAt: new Date(NOW.getTime() + 48 * 3_600_000) };

describe("the e-mail change link", () => {
  it("gives back the change it was signed for before it expires", () => {
    const check = verifyEmailChange(signEmailChange(change, SECRET), SECRET, NOW);
    expect(check).toEqual({ ok: true, change: { ...change, expiresAt: new Date(Math.floor(change.expiresAt.getTime() / 1000) * 1000) } });
  });

  it("is refused once expired", () => {
    expect(verifyEmailChange(signEmailChange(change, SECRET), SECRET, new Date(change.expiresAt.getTime() + 1))).toEqual({ ok: false, reason: "expired" });
  });

  it("is refused when signed with another secret or when its payload was altered", () => {
    expect(verifyEmailChange(signEmailChange(change, `${SECRET}x`), SECRET, NOW)).toEqual({ ok: false, reason: "invalid" });
    const [version, , signature] = signEmailChange(change, SECRET).split(".");
    const other = signEmailChange({ ...change, to: "ke-gian@x.vn" }, SECRET).split(".")[1];
    expect(verifyEmailChange(`${version}.${other}.${signature}`, SECRET, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyEmailChange("EC1.bad", SECRET, NOW)).toEqual({ ok: false, reason: "invalid" });
  });
});

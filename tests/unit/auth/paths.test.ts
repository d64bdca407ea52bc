import { describe, expect, it } from "vitest";
import { requestClientAddress } from "@/lib/http/client-address";
import { loginPath, safeAdminPath } from "@/lib/auth/paths";

describe("return path after sign-in", () => {
  it("keeps a path inside the admin area", () => {
    expect(safeAdminPath("/admin/users/new", "vi")).toBe("/admin/users/new");
    expect(safeAdminPath("/en/admin/audit?user=system", "en")).toBe("/en/admin/audit?user=system");
  });

  it.each([
    "https://evil.example/admin",
    "//evil.example/admin",
    "/\\evil.example",
    "/agenda",
    "/administrator",
    "/admin//evil.example",
    null,
  ])("replaces %s with the dashboard", (value) => {
    expect(safeAdminPath(value, "vi")).toBe("/admin");
    expect(safeAdminPath(value, "en")).toBe("/en/admin");
  });

  it("builds the login link with the page to come back to", () => {
    expect(loginPath("vi", "/admin/users")).toBe("/admin/login?next=%2Fadmin%2Fusers");
    expect(loginPath("en")).toBe("/en/admin/login");
  });
});

describe("client address", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("takes the address the reverse proxy appended, not what the client claimed before it", () => {
    expect(requestClientAddress(headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.20" }))).toBe("198.51.100.20");
  });

  it("reads IPv4-mapped IPv6 as IPv4 and refuses what is not an address", () => {
    expect(requestClientAddress(headers({ "x-forwarded-for": "::ffff:10.0.0.7" }))).toBe("10.0.0.7");
    expect(requestClientAddress(headers({ "x-forwarded-for": "not-an-ip" }))).toBeNull();
    expect(requestClientAddress(headers({}))).toBeNull();
  });
});

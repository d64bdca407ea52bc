import { describe, expect, it } from "vitest";
import { readSignedLink, signLink } from "@/lib/http/signed-link";

const SECRET = "signed-link-secret-0123456789abcdefgh";
const UPLOAD = { version: "SM1", purpose: "material", maxLength: 300 };

describe("a signed link", () => {
  it("gives back the body it was signed with", () => {
    expect(readSignedLink(UPLOAD, signLink(UPLOAD, "session|1700000000", SECRET), SECRET)).toBe("session|1700000000");
  });

  it("made for one purpose does not pass for another of the same version", () => {
    const token = signLink(UPLOAD, "session|1700000000", SECRET);
    expect(readSignedLink({ ...UPLOAD, purpose: "email-change" }, token, SECRET)).toBeNull();
  });

  it("is refused when longer than its kind allows, signed with another secret, or of another version", () => {
    const token = signLink(UPLOAD, "x".repeat(200), SECRET);
    expect(token.length).toBeGreaterThan(UPLOAD.maxLength);
    expect(readSignedLink(UPLOAD, token, SECRET)).toBeNull();
    const short = signLink(UPLOAD, "body", SECRET);
    expect(readSignedLink(UPLOAD, short, `${SECRET}-other`)).toBeNull();
    expect(readSignedLink({ ...UPLOAD, version: "SM2" }, short, SECRET)).toBeNull();
  });

  it("refuses a secret too short to sign with", () => {
    expect(() => signLink(UPLOAD, "body", "short")).toThrow(/32 characters/);
  });
});

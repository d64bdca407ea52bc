import { describe, expect, it } from "vitest";
import { signTicket, verifyTicket } from "@/lib/tickets/token";

const SECRET = "a-test-secret-that-is-long-enough-for-hmac";
const OTHER_SECRET = "another-secret-that-is-long-enough-for-hmac";
const claims = { kind: "R", subject: "QN25-7F3K9", year: 2025 } as const;

function flipCharacter(text: string, index: number): string {
  const replacement = text[index] === "A" ? "B" : "A";
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

describe("check-in tokens", () => {
  it("verifies a token it signed and gives back the registration code and year", () => {
    const token = signTicket(claims, SECRET);
    expect(token).toMatch(/^QN1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyTicket(token, SECRET)).toEqual({ ok: true, claims });
  });

  it("is short enough for a small QR code", () => {
    expect(signTicket(claims, SECRET).length).toBeLessThanOrEqual(80);
  });

  it("refuses a token signed with another secret", () => {
    expect(verifyTicket(signTicket(claims, OTHER_SECRET), SECRET)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses a token whose code was changed to another delegate's", () => {
    const token = signTicket(claims, SECRET);
    const [version, , sig] = token.split(".");
    const forgedPayload = Buffer.from("R|QN25-AAAAA|2025").toString("base64url");
    expect(verifyTicket(`${version}.${forgedPayload}.${sig}`, SECRET)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses a token with any single character of its signature altered", () => {
    const token = signTicket(claims, SECRET);
    const signatureStart = token.lastIndexOf(".") + 1;
    for (let index = signatureStart; index < token.length; index += 1) {
      expect(verifyTicket(flipCharacter(token, index), SECRET).ok).toBe(false);
    }
  });

  it("refuses a token of another edition year built from a valid one", () => {
    const token = signTicket(claims, SECRET);
    const sig = token.split(".")[2];
    const otherYear = Buffer.from("R|QN25-7F3K9|2023").toString("base64url");
    expect(verifyTicket(`QN1.${otherYear}.${sig}`, SECRET).ok).toBe(false);
  });

  it.each(["", "QN1", "QN1..", "QN2.abc.def", "QN1.abc", "QN1.a.b.c", "QN1.ab$c.def", "not a token at all"])(
    "treats %j as malformed",
    (token) => {
      expect(verifyTicket(token, SECRET)).toEqual({ ok: false, reason: "malformed" });
    },
  );

  it("refuses to sign with a short secret or a subject that could break the format", () => {
    expect(() => signTicket(claims, "short")).toThrow(/32 characters/);
    expect(() => signTicket({ ...claims, subject: "QN25|7F3K9" }, SECRET)).toThrow();
    expect(() => signTicket({ ...claims, subject: "" }, SECRET)).toThrow();
  });
});

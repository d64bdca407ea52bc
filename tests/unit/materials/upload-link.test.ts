import { describe, expect, it } from "vitest";
import { signSpeakerUpload, verifySpeakerUpload } from "@/lib/materials/upload-link";

const SECRET = "speaker-upload-secret-0123456789abcdef";
const SESSION = "9d3c1f7e-2b6a-4c8d-8e1f-a00000000001";
const EXPIRES = new Date("2025-10-02T10:00:00Z");

describe("a speaker's upload link", () => {
  it("opens the session it was signed for until it expires, and not a second after", () => {
    const token = signSpeakerUpload(SESSION, EXPIRES, SECRET);
    expect(verifySpeakerUpload(token, SECRET, new Date("2025-10-02T09:59:59Z"))).toEqual({ ok: true, sessionId: SESSION, expiresAt: EXPIRES });
    expect(verifySpeakerUpload(token, SECRET, EXPIRES)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a link altered by one character, signed with another secret, or of another kind", () => {
    const token = signSpeakerUpload(SESSION, EXPIRES, SECRET);
    const now = new Date("2025-09-30T00:00:00Z");
    const [version, payload, signature] = token.split(".") as [string, string, string];
    const later = Buffer.from(`${SESSION}|${Math.floor(EXPIRES.getTime() / 1000) + 86_400 * 365}`).toString("base64url");
    expect(verifySpeakerUpload(`${version}.${later}.${signature}`, SECRET, now)).toEqual({ ok: false, reason: "invalid" });
    const flipped = signature.slice(0, -2) + (signature.at(-2) === "A" ? "B" : "A") + signature.at(-1);
    expect(verifySpeakerUpload(`${version}.${payload}.${flipped}`, SECRET, now)).toEqual({ ok: false, reason: "invalid" });
    expect(verifySpeakerUpload(token, `${SECRET}-other`, now)).toEqual({ ok: false, reason: "invalid" });
    expect(verifySpeakerUpload(`QN1.${payload}.${signature}`, SECRET, now)).toEqual({ ok: false, reason: "invalid" });
  });
});

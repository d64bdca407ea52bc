import { describe, expect, it } from "vitest";
import { deriveManageToken, hashManageToken, manageLinkKey } from "@/lib/registration/manage-token";

const SECRET = "s".repeat(40);

describe("derived manage tokens", () => {
  it("are the same for the same code and version, 43 base64url characters", () => {
    const key = manageLinkKey(SECRET);
    const token = deriveManageToken(key, "QN25-H8RQZ", 1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deriveManageToken(manageLinkKey(SECRET), "QN25-H8RQZ", 1)).toBe(token);
  });

  it("change with the version, the code and the secret", () => {
    const key = manageLinkKey(SECRET);
    const token = deriveManageToken(key, "QN25-H8RQZ", 1);
    expect(deriveManageToken(key, "QN25-H8RQZ", 2)).not.toBe(token);
    expect(deriveManageToken(key, "QN25-H8RQY", 1)).not.toBe(token);
    expect(deriveManageToken(manageLinkKey("t".repeat(40)), "QN25-H8RQZ", 1)).not.toBe(token);
  });

  it("use a key of their own, not the ticket signing secret itself", () => {
    expect(manageLinkKey(SECRET).equals(Buffer.from(SECRET))).toBe(false);
    expect(() => manageLinkKey("short")).toThrow();
    expect(() => deriveManageToken(manageLinkKey(SECRET), "QN25-H8RQZ", 0)).toThrow();
  });

  it("are stored as their SHA-256 in hex", () => {
    expect(hashManageToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

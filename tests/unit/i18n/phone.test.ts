import { describe, expect, it } from "vitest";
import { formatPhoneNumber } from "@/lib/i18n/phone";

describe("phone numbers on screen", () => {
  it("reads a stored mobile number the Vietnamese way", () => {
    expect(formatPhoneNumber("+84905123456")).toBe("0905 123 456");
  });

  it("groups a landline after its four-digit area code", () => {
    expect(formatPhoneNumber("+842553822111")).toBe("0255 3822 111");
  });

  it("shows what it cannot read as stored, and nothing for no number", () => {
    expect(formatPhoneNumber("+4930123456")).toBe("+4930123456");
    expect(formatPhoneNumber(null)).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  isRegistrationCode,
  normalizeEmail,
  normalizePhone,
  registrationCode,
  seatsLeft,
  waitlistPosition,
} from "../../../lib/registration/rules";

describe("registration codes", () => {
  it("read QN, the edition's two-digit year and five characters nobody can confuse", () => {
    for (let i = 0; i < 500; i++) {
      const code = registrationCode(2025);
      expect(code).toMatch(/^QN25-[A-Z2-9]{5}$/);
      expect(code.slice(5)).not.toMatch(/[01OIL]/);
      expect(isRegistrationCode(code)).toBe(true);
    }
    expect(registrationCode(2030)).toMatch(/^QN30-/);
    expect(registrationCode(2105 as number)).toMatch(/^QN05-/);
  });

  it("leave out 0, O, 1, I and L from the alphabet", () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("skip random bytes that would make some characters likelier than others", () => {
    // 256 is not a multiple of 31: bytes from 248 up would favour the first eight characters.
    const bytes = [255, 250, 248, 0, 30, 31, 61, 247];
    const source = (size: number) => Uint8Array.from(bytes.splice(0, size));
    expect(registrationCode(2025, source)).toBe("QN25-2Z2ZZ");
  });

  it("reject codes with ambiguous characters or the wrong shape", () => {
    expect(isRegistrationCode("QN25-7F3K9")).toBe(true);
    expect(isRegistrationCode("QN25-7F3K0")).toBe(false);
    expect(isRegistrationCode("QN25-7F3KI")).toBe(false);
    expect(isRegistrationCode("qn25-7f3k9")).toBe(false);
    expect(isRegistrationCode("QN2025-7F3K9")).toBe(false);
  });
});

describe("phone numbers", () => {
  it.each([
    ["0905123456", "+84905123456"],
    ["0905 123 456", "+84905123456"],
    ["0905.123.456", "+84905123456"],
    ["0905-123-456", "+84905123456"],
    ["+84905123456", "+84905123456"],
    ["+84 905 123 456", "+84905123456"],
    ["+84 (0) 905 123 456", "+84905123456"],
    ["0255 3822 123", "+842553822123"],
  ])("reads %s as %s", (input, stored) => {
    expect(normalizePhone(input)).toBe(stored);
  });

  it.each(["", "12345", "905123456", "00905123456", "0905 123 45", "090512345678", "+1 202 555 0100", "0905123456a", "+84 0 0905123456"])(
    "refuses %j",
    (input) => {
      expect(normalizePhone(input)).toBeNull();
    },
  );
});

describe("e-mail normalisation", () => {
  it("trims, lower-cases and composes Unicode so that one address has one form", () => {
    expect(normalizeEmail("  Nguyen.An@QuangNgai.GOV.vn \n")).toBe("nguyen.an@quangngai.gov.vn");
    expect(normalizeEmail("Ánh@example.vn".normalize("NFD"))).toBe("ánh@example.vn".normalize("NFC"));
  });
});

describe("seats and the wait list", () => {
  it("count the seats left, never below zero", () => {
    expect(seatsLeft(50, 12)).toBe(38);
    expect(seatsLeft(50, 50)).toBe(0);
    expect(seatsLeft(40, 50)).toBe(0);
    expect(seatsLeft(null, 0)).toBe(0);
  });

  it("number wait-list places from 1", () => {
    expect(waitlistPosition(0)).toBe(1);
    expect(waitlistPosition(149)).toBe(150);
  });
});

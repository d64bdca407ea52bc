import { describe, expect, it } from "vitest";
import { checkPassword, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";

describe("password policy", () => {
  it("refuses passwords shorter than 8 characters, counting Vietnamese letters as one each", () => {
    expect(checkPassword("Ab3$xyz")).toBe("tooShort");
    expect(checkPassword("Đường7")).toBe("tooShort");
    expect(checkPassword("đường đi xa")).toBeNull();
  });

  it("accepts up to 128 characters and refuses more", () => {
    const long = "mây trắng bay qua núi Thiên Ấn ".repeat(10);
    expect(checkPassword(long.slice(0, PASSWORD_MAX_LENGTH))).toBeNull();
    expect(checkPassword(long.slice(0, PASSWORD_MAX_LENGTH + 1))).toBe("tooLong");
  });

  it("asks for no composition: lower-case words alone are fine", () => {
    expect(checkPassword("ca phe sua da buoi sang")).toBeNull();
    expect(checkPassword("tramhuongmangden")).toBeNull();
  });

  it.each([
    "password",
    "12345678",
    "iloveyou",
    "qwertyuiop",
    "1q2w3e4r",
    "matkhau123",
    "anhyeuem",
    "25251325",
    "P@ssw0rd",
    "Quangngai123",
  ])("refuses the well-known password %s", (password) => {
    expect(checkPassword(password)).toBe("common");
  });

  it.each(["Password2025!", "matkhau@2025", "Mật khẩu 99", "quangngai@2025", "admin@sokhcn", "Sokhcn#2025"])(
    "refuses a common word padded with a few digits or symbols: %s",
    (password) => {
      expect(checkPassword(password)).toBe("common");
    },
  );

  it("accepts a common word inside a long enough passphrase", () => {
    expect(checkPassword("password of the lighthouse keeper")).toBeNull();
  });

  it.each([
    "aaaaaaaa",
    "zzzzzzzzzzzz",
    "abcabcabc",
    "12121212121",
    "23456789",
    "98765432",
    "abcdefghij",
    "sdfghjkl",
    "zxcvbnm,./",
    "poiuytre",
  ])("refuses repeated or consecutive characters and keyboard walks: %s", (password) => {
    expect(checkPassword(password)).toBe("pattern");
  });

  it("refuses a password built from the user's own e-mail or name", () => {
    const user = { email: "nguyen.thanh.tam@sokhcn.quangngai.gov.vn", name: "Nguyễn Thành Tâm" };
    expect(checkPassword("nguyenthanhtam", user)).toBe("personal");
    expect(checkPassword("NguyenThanhTam1", user)).toBe("personal");
    expect(checkPassword("thanhtam2025", user)).toBe("personal");
    expect(checkPassword("tam hoc tieng Anh moi toi", user)).toBeNull();
    expect(checkPassword("Nguyen2025!", user)).toBe("personal");
    expect(checkPassword("nguyen.thanh.tam@sokhcn.quangngai.gov.vn", user)).toBe("personal");
    expect(checkPassword("song Trà Khúc chảy về biển", user)).toBeNull();
  });
});
